import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, writeState } from '../../src/lib/search/query-state.ts';
import { foldStrokeD, unfoldStrokeD } from '../../src/lib/search/stroke-d.ts';
import { pageUrl } from '../../src/site/integrations/pagefind-integration.ts';

describe('the search state in the URL', () => {
  it('reads the query and each ticked filter, ignoring other parameters and repeats', () => {
    const state = readState(new URLSearchParams('q=+kinh+te+so+&type=article&type=indicator&type=article&language=vi&utm=x&pillar='));
    expect(state).toEqual({ query: 'kinh te so', filters: { type: ['article', 'indicator'], pillar: [], language: ['vi'] } });
  });

  it('writes it back in the form the GET form sends, so a search can be shared', () => {
    const params = 'q=s%C3%A1p+nh%E1%BA%ADp&type=article&pillar=digital-society';
    expect(writeState(readState(new URLSearchParams(params))).toString()).toBe(params);
    expect(writeState(readState(new URLSearchParams(''))).toString()).toBe('');
  });

  it('gives Pagefind only the filters that have a ticked code: any code within one, every one across', () => {
    const state = readState(new URLSearchParams('q=x&type=article&type=target&language=en'));
    expect(pagefindFilters(state)).toEqual({ type: { any: ['article', 'target'] }, language: { any: ['en'] } });
    expect(pagefindFilters(readState(new URLSearchParams('q=x')))).toEqual({});
  });
});

describe('đ in the index', () => {
  it('is spelt d with a combining stroke, which diacritic folding turns into d', () => {
    const folded = foldStrokeD('Chuyển đổi số ở Đông Hà');
    expect(folded).toBe('Chuyển d\u0335ổi số ở D\u0335ông Hà');
    // What Pagefind does to every word: decompose, drop the marks.
    expect(folded.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Chuyen doi so o Dong Ha');
  });

  it('is spelt back as đ for readers, and other text is left as it was', () => {
    expect(unfoldStrokeD(foldStrokeD('Định danh điện tử, Đakrông; dịch vụ'))).toBe('Định danh điện tử, Đakrông; dịch vụ');
    expect(unfoldStrokeD('<mark>dịch</mark> vụ')).toBe('<mark>dịch</mark> vụ');
  });
});

describe('pageUrl()', () => {
  it('gives a directory page its folder URL, and any other file its own path', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('en/articles/sap-nhap-tinh-2025/index.html')).toBe('/en/articles/sap-nhap-tinh-2025/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
