import { defineMessages } from '../../lib/i18n/define';

/** Offices and regions, as filters of the strategies, reports, stacks and standards pages. */
export default defineMessages({
  en: {
    'offices.office': 'Office',
    'offices.anyOffice': 'Any office',
    'offices.region': 'Region',
    'offices.anyRegion': 'Any region',
    'offices.region.Africa': 'Africa',
    'offices.region.Asia': 'Asia',
    'offices.region.Europe': 'Europe',
    'offices.region.Eurasia': 'Eurasia',
    'offices.region.NorthAmerica': 'North America',
    'offices.region.SouthAmerica': 'South America',
    'offices.region.Oceania': 'Oceania',
    'offices.region.Antarctica': 'Antarctica',
    'offices.region.International': 'International',
  },
  zh: {
    'offices.office': '局',
    'offices.anyOffice': '所有局',
    'offices.region': '地区',
    'offices.anyRegion': '所有地区',
    'offices.region.Africa': '非洲',
    'offices.region.Asia': '亚洲',
    'offices.region.Europe': '欧洲',
    'offices.region.Eurasia': '欧亚',
    'offices.region.NorthAmerica': '北美洲',
    'offices.region.SouthAmerica': '南美洲',
    'offices.region.Oceania': '大洋洲',
    'offices.region.Antarctica': '南极洲',
    'offices.region.International': '国际',
  },
});
