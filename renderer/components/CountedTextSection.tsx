import type { CountedText } from '../../shared/engine/entityApi';
import { formatCount } from '../format/format';

export interface CountedTextSectionProps {
  readonly title: string;
  readonly items: readonly CountedText[];
}

/** Texts a trader was written with (names, addresses, phones), each with how often, most written first. */
export function CountedTextSection({ title, items }: CountedTextSectionProps) {
  return (
    <section className="trader-detail__section trader-detail__section--counted" aria-label={title}>
      <h3 className="trader-detail__section-title">
        {title} <span className="trader-detail__count">{formatCount(items.length)}</span>
      </h3>
      {items.length === 0 ? (
        <p className="trader-detail__empty">None written.</p>
      ) : (
        <ul className="counted-list">
          {items.map((item) => (
            <li key={item.text}>
              <span className="counted-list__text">{item.text}</span>
              <span className="counted-list__count">{formatCount(item.occurrences)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
