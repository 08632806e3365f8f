import { configure } from '@testing-library/dom';

// The suite runs on two cores beside other jobs: give findBy*/waitFor more than the default
// one second before a UI update counts as missing. Assertions are unchanged.
configure({ asyncUtilTimeout: 5000 });
