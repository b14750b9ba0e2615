/**
 * The headings written into downloadable workbooks, in each language. They are file content rather
 * than page UI, so they live beside the builder; codes the UI already translates (provenance,
 * confidence, pillars, units) are not repeated here but asked of the caller (see CodeLabel).
 */
import type { Locale } from '../contract/site.ts';

export interface WorkbookLabels {
  sheets: { metadata: string; sources: string; columns: string };
  metadata: {
    property: string;
    value: string;
    id: string;
    titleVi: string;
    titleEn: string;
    description: string;
    version: string;
    created: string;
    publisher: string;
    contributors: string;
    licence: string;
    pillars: string;
    keywords: string;
    page: string;
  };
  sources: {
    id: string;
    title: string;
    publisher: string;
    date: string;
    url: string;
    provenance: string;
    confidence: string;
    note: string;
  };
  columns: {
    sheet: string;
    field: string;
    titleVi: string;
    titleEn: string;
    type: string;
    unit: string;
    description: string;
    codes: string;
    emptyMeans: string;
    empty: string;
  };
}

export const workbookLabels: Record<Locale, WorkbookLabels> = {
  vi: {
    sheets: { metadata: 'Thông tin', sources: 'Nguồn', columns: 'Các cột' },
    metadata: {
      property: 'Mục',
      value: 'Nội dung',
      id: 'Mã bộ dữ liệu',
      titleVi: 'Tên (tiếng Việt)',
      titleEn: 'Tên (tiếng Anh)',
      description: 'Mô tả',
      version: 'Phiên bản',
      created: 'Ngày tạo',
      publisher: 'Đơn vị công bố',
      contributors: 'Đơn vị tham gia',
      licence: 'Điều khoản sử dụng',
      pillars: 'Trụ cột',
      keywords: 'Từ khóa',
      page: 'Trang trực tuyến',
    },
    sources: {
      id: 'Mã nguồn',
      title: 'Tên nguồn',
      publisher: 'Đơn vị phát hành',
      date: 'Ngày công bố',
      url: 'Đường dẫn',
      provenance: 'Loại nguồn',
      confidence: 'Độ tin cậy',
      note: 'Ghi chú',
    },
    columns: {
      sheet: 'Trang tính',
      field: 'Cột',
      titleVi: 'Tên cột (tiếng Việt)',
      titleEn: 'Tên cột (tiếng Anh)',
      type: 'Kiểu dữ liệu',
      unit: 'Đơn vị',
      description: 'Mô tả',
      codes: 'Các mã',
      emptyMeans: 'Ô trống nghĩa là',
      empty: '(trống)',
    },
  },
  en: {
    sheets: { metadata: 'Metadata', sources: 'Sources', columns: 'Columns' },
    metadata: {
      property: 'Property',
      value: 'Value',
      id: 'Dataset id',
      titleVi: 'Title (Vietnamese)',
      titleEn: 'Title (English)',
      description: 'Description',
      version: 'Version',
      created: 'Created',
      publisher: 'Publisher',
      contributors: 'Contributors',
      licence: 'Terms of use',
      pillars: 'Pillars',
      keywords: 'Keywords',
      page: 'Web page',
    },
    sources: {
      id: 'Source id',
      title: 'Title',
      publisher: 'Publisher',
      date: 'Published',
      url: 'Address',
      provenance: 'Kind of source',
      confidence: 'Confidence',
      note: 'Note',
    },
    columns: {
      sheet: 'Sheet',
      field: 'Column',
      titleVi: 'Title (Vietnamese)',
      titleEn: 'Title (English)',
      type: 'Type',
      unit: 'Unit',
      description: 'Description',
      codes: 'Codes',
      emptyMeans: 'An empty cell means',
      empty: '(empty)',
    },
  },
};

/**
 * How the caller names a code the site already translates (its i18n strings or reference data):
 * return undefined to print the code itself.
 */
export type CodeLabel = (kind: 'provenance' | 'confidence' | 'pillar' | 'unit', code: string) => string | undefined;
