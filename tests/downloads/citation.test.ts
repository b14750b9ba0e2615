import { describe, expect, it } from 'vitest';
import { bibtexDataset, citationKey, citeDataset, escapeBibtex } from '../../src/lib/downloads/citation.ts';

const dti = {
  portalName: 'Dữ liệu mở chuyển đổi số Quảng Trị',
  datasetTitle: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)',
  version: '1.2.0',
  date: '2026-11-26',
  url: 'https://data.example.org/du-lieu/dti/',
  publisher: 'Nhóm phát triển cổng dữ liệu mở chuyển đổi số Quảng Trị',
};

describe('citing a dataset version', () => {
  it('writes a reference in Vietnamese with publisher, year, title, version, portal and address', () => {
    expect(citeDataset(dti, 'vi')).toBe(
      'Nhóm phát triển cổng dữ liệu mở chuyển đổi số Quảng Trị. (2026). Chỉ số chuyển đổi số cấp tỉnh (DTI) (Phiên bản 1.2.0) [Bộ dữ liệu]. Dữ liệu mở chuyển đổi số Quảng Trị. https://data.example.org/du-lieu/dti/',
    );
  });

  it('writes it in English, and names the portal once when it is also the publisher', () => {
    expect(citeDataset({ ...dti, publisher: dti.portalName, datasetTitle: 'DTI rank' }, 'en')).toBe(
      'Dữ liệu mở chuyển đổi số Quảng Trị. (2026). DTI rank (Version 1.2.0) [Data set]. https://data.example.org/du-lieu/dti/',
    );
  });
});

describe('the BibLaTeX entry of a dataset version', () => {
  it('is a @misc entry with title, author, organisation, year, version, URL and note, Vietnamese letters kept', () => {
    expect(bibtexDataset(dti, 'vi')).toBe(
      [
        '@misc{chi-so-chuyen-doi-so-cap-2026-v1.2.0,',
        '  author       = {{Nhóm phát triển cổng dữ liệu mở chuyển đổi số Quảng Trị}},',
        '  title        = {{Chỉ số chuyển đổi số cấp tỉnh (DTI)}},',
        '  organization = {{Dữ liệu mở chuyển đổi số Quảng Trị}},',
        '  year         = {2026},',
        '  date         = {2026-11-26},',
        '  version      = {1.2.0},',
        '  url          = {https://data.example.org/du-lieu/dti/},',
        '  note         = {Bộ dữ liệu, phiên bản 1.2.0},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes the characters TeX reads as commands, once each', () => {
    expect(escapeBibtex('50% & #1 {a} $x_y^2~ \\end')).toBe(
      '50\\% \\& \\#1 \\{a\\} \\$x\\_y\\textasciicircum{}2\\textasciitilde{} \\textbackslash{}end',
    );
    const entry = bibtexDataset({ ...dti, datasetTitle: 'Tỷ lệ 100% & {mới}' });
    expect(entry).toContain('title        = {{Tỷ lệ 100\\% \\& \\{mới\\}}},');
  });

  it('keeps braces balanced whatever the texts and the URL hold', () => {
    const entry = bibtexDataset({ ...dti, datasetTitle: '}{ unbalanced \\', url: 'https://x.example/a?b={c}' });
    let depth = 0;
    for (let i = 0; i < entry.length; i++) {
      if (entry[i] === '\\') {
        i++;
        continue;
      }
      if (entry[i] === '{') depth++;
      if (entry[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(entry).toContain('url          = {https://x.example/a?b=%7Bc%7D},');
  });

  it('makes an ASCII key from the title, with đ folded to d', () => {
    expect(citationKey({ ...dti, datasetTitle: 'Đường truyền số liệu chuyên dùng' })).toBe('duong-truyen-so-lieu-chuyen-dung-2026-v1.2.0');
  });
});
