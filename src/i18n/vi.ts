/**
 * Vietnamese UI strings: the reference language, so its keys are the list every other language must
 * match. Names of the province, the portal and the resolution never appear here: they come from
 * data/site.json and the reference data. `{name}` marks a value filled in by `t()`.
 */
const vi = {
  'lang.name': 'Tiếng Việt',
  'lang.label': 'Ngôn ngữ',
  'skip.main': 'Chuyển đến nội dung chính',
  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.goals': 'Mục tiêu',
  'nav.data': 'Dữ liệu',

  'footer.terms.heading': 'Điều khoản dữ liệu',
  'footer.terms.sources': 'Mọi số liệu đều lấy từ nguồn có tên và ngày công bố.',
  'footer.terms.reuse': 'Bạn được tự do sử dụng lại dữ liệu, với điều kiện ghi rõ nguồn.',
  'footer.terms.datasets': 'Mỗi bộ dữ liệu nêu rõ các nguồn của mình.',
  'footer.publisher': 'Đơn vị công bố',
  'footer.resolutionSource': 'Nguồn của Nghị quyết {number}',
  'footer.contact': 'Liên hệ, báo lỗi',

  'resolution.heading': 'Nghị quyết',
  'resolution.number': 'Số hiệu',
  'resolution.date': 'Ngày ban hành',
  'resolution.issuer': 'Cơ quan ban hành',
  'resolution.title': 'Trích yếu',
  'resolution.source': 'Nguồn',

  'home.counts.heading': 'Hiện có trên cổng',
  'home.count.targets': 'Mục tiêu',
  'home.count.datasets': 'Bộ dữ liệu',
  'home.count.indicators': 'Chỉ số',
  'home.count.observations': 'Số liệu',
  'home.explore.heading': 'Xem tiếp',
  'home.goals.text': 'Các mục tiêu Nghị quyết đặt ra, theo từng trụ cột: năm, giá trị cần đạt và chỉ số đo lường.',
  'home.data.text': 'Các bộ dữ liệu, chỉ số, giai đoạn và nguồn của từng số liệu.',

  'goals.title': 'Mục tiêu',
  'goals.description': 'Các mục tiêu của Nghị quyết {number}, theo từng trụ cột.',
  'goals.intro': 'Các mục tiêu do Nghị quyết {number} đặt ra, nhóm theo trụ cột. Lời văn của mỗi mục tiêu theo nguồn được dẫn.',
  'goals.year': 'Năm cần đạt',
  'goals.value': 'Giá trị mục tiêu',
  'goals.noValue': 'Nghị quyết không đặt con số cụ thể',
  'goals.indicator': 'Chỉ số đo lường',
  'goals.noIndicator': 'Chưa có chuỗi số liệu được công bố',
  'goals.source': 'Nguồn',
  'goals.noTargets': 'Chưa có mục tiêu nào thuộc trụ cột này.',
  'goals.empty': 'Chưa có mục tiêu nào được nhập.',

  'data.title': 'Dữ liệu',
  'data.description': 'Các bộ dữ liệu của cổng: chỉ số, giai đoạn, nguồn và phiên bản.',
  'data.intro': 'Mỗi bộ dữ liệu gồm các tệp CSV và một tệp mô tả (Data Package), nêu rõ nguồn và ngày công bố của từng số liệu.',
  'data.pillars': 'Trụ cột',
  'data.publisher': 'Đơn vị công bố',
  'data.sources': 'Số nguồn',
  'data.period': 'Giai đoạn',
  'data.version': 'Phiên bản',
  'data.indicators': 'Các chỉ số của bộ dữ liệu {title}',
  'data.indicatorsHeading': 'Chỉ số',
  'data.indicator': 'Chỉ số',
  'data.observations': 'Số liệu',
  'data.noPeriod': 'Không ghi',
  'data.empty': 'Chưa có bộ dữ liệu nào được công bố.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Trang bạn tìm không có hoặc đã được chuyển đi.',
  'notFound.home': 'Về trang chủ',
};

export default vi;
