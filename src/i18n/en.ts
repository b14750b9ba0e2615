/** English UI strings; the type makes a key missing from Vietnamese's list fail the typecheck. */
import type vi from './vi.ts';

const en: Record<keyof typeof vi, string> = {
  'lang.name': 'English',
  'lang.label': 'Language',
  'skip.main': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.goals': 'Goals',
  'nav.data': 'Data',

  'footer.terms.heading': 'Data terms',
  'footer.terms.sources': 'Every figure comes from a named, dated source.',
  'footer.terms.reuse': 'You are free to reuse the data, with attribution.',
  'footer.terms.datasets': 'Each dataset names its sources.',
  'footer.publisher': 'Publisher',
  'footer.resolutionSource': 'Source of Resolution {number}',
  'footer.contact': 'Contact and corrections',

  'resolution.heading': 'The resolution',
  'resolution.number': 'Number',
  'resolution.date': 'Issued',
  'resolution.issuer': 'Issued by',
  'resolution.title': 'Title',
  'resolution.source': 'Source',

  'home.counts.heading': 'On this portal',
  'home.count.targets': 'Targets',
  'home.count.datasets': 'Datasets',
  'home.count.indicators': 'Indicators',
  'home.count.observations': 'Observations',
  'home.explore.heading': 'Explore',
  'home.goals.text': 'The targets the resolution sets, by pillar: the year, the value to reach and the indicator that measures it.',
  'home.data.text': 'The datasets, their indicators, the periods covered and the source of every figure.',

  'goals.title': 'Goals',
  'goals.description': 'The targets of Resolution {number}, by pillar.',
  'goals.intro': 'The targets set by Resolution {number}, grouped by pillar. Each is worded as the cited source reports it.',
  'goals.year': 'Target year',
  'goals.value': 'Target value',
  'goals.noValue': 'The resolution sets no number',
  'goals.indicator': 'Measured by',
  'goals.noIndicator': 'No published series yet',
  'goals.source': 'Source',
  'goals.noTargets': 'No target in this pillar yet.',
  'goals.empty': 'No target has been entered yet.',

  'data.title': 'Data',
  'data.description': 'The portal’s datasets: indicators, periods, sources and versions.',
  'data.intro': 'Each dataset is a set of CSV files with a descriptor (a Data Package) that names the source and publication date of every figure.',
  'data.pillars': 'Pillars',
  'data.publisher': 'Publisher',
  'data.sources': 'Sources',
  'data.period': 'Period',
  'data.version': 'Version',
  'data.indicators': 'Indicators of the dataset {title}',
  'data.indicatorsHeading': 'Indicators',
  'data.indicator': 'Indicator',
  'data.observations': 'Observations',
  'data.noPeriod': 'Not stated',
  'data.empty': 'No dataset has been published yet.',

  'notFound.title': 'Page not found',
  'notFound.text': 'The page you are looking for does not exist or has moved.',
  'notFound.home': 'Go to the home page',
};

export default en;
