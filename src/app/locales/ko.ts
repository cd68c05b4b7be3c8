import type { AppStrings } from '../strings';

export { ko as messages } from '../../i18n/locales/ko';

export const strings: AppStrings = {
  locale: 'ko',
  defaultTitle: '기기 로그인',
  getHelp: '도움말',
  opensInNewTab: '(새 탭에서 열림)',
  stylesMissing: '이 페이지의 스타일을 불러오지 못했습니다({files}). 그래서 단순하게 보이지만 정상적으로 작동합니다. 이 문제가 계속되면 사이트 관리자에게 알려 주세요.',
};
