import { defineMessages } from '../../lib/i18n/define';

/** The recommendations of CWS/12 and their spaces (their texts come from the API, in the interface language). */
export default defineMessages({
  en: {
    'catalog.home.title': 'The ten recommendations on ICT and IP administration',
    'catalog.home.intro':
      'Adopted by the Committee on WIPO Standards (CWS/12, 2024). Each has a space where offices share strategies, experience reports and questions.',
    'catalog.home.recommendations': 'Recommendations',
    'catalog.recommendation': 'Recommendation {number}',
    'catalog.actions.one': '{count} action',
    'catalog.actions.other': '{count} actions',
    'catalog.coverage.offices': 'Offices sharing',
    'catalog.coverage.reports': 'Experience reports',
    'catalog.coverage.strategies': 'ICT strategies',
    'catalog.coverage.threads': 'Threads',
    'catalog.coverage.officeCodes': 'Offices: {codes}',
    'catalog.openSpace': 'Open the space of recommendation {number}',
    'catalog.general.title': 'General',
    'catalog.general.description': 'Other ICT issues of common interest that no single recommendation covers.',
  },
  zh: {
    'catalog.home.title': '关于信通技术和知识产权行政管理的十项建议',
    'catalog.home.intro':
      '由产权组织标准委员会通过（CWS/12，2024 年）。每项建议都有一个空间，供各局分享战略、经验报告和问题。',
    'catalog.home.recommendations': '建议',
    'catalog.recommendation': '建议 {number}',
    'catalog.actions.one': '{count} 项行动',
    'catalog.actions.other': '{count} 项行动',
    'catalog.coverage.offices': '参与分享的局',
    'catalog.coverage.reports': '经验报告',
    'catalog.coverage.strategies': '信通技术战略',
    'catalog.coverage.threads': '讨论主题',
    'catalog.coverage.officeCodes': '局：{codes}',
    'catalog.openSpace': '进入建议 {number} 的空间',
    'catalog.general.title': '综合',
    'catalog.general.description': '任何单项建议都未涵盖的其他共同关心的信通技术问题。',
  },
});
