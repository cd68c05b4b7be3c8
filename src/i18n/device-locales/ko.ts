import type { DeviceMessages } from '../device-en';

/** Korean (ko): the device display. Glossary: ../glossary/ko.json. */
export const ko: DeviceMessages = {
  locale: 'ko',

  title: '이 기기에서 로그인',
  // 에 reads the same after any address, so no particle depends on how the URL ends.
  openStep: '휴대폰이나 컴퓨터에서 {url}에 접속한 다음',
  enterStep: '이 코드를 입력하세요:',
  codeLabel: '코드:',
  scanStep: '또는 휴대폰 카메라로 QR 코드를 스캔하세요.',
  qrAlt: '{url} 주소를 여는 QR 코드',
  expiresInMinutes: { other: '코드는 {count}분 후에 만료됩니다.' },
  expiresInSeconds: { other: '코드는 {count}초 후에 만료됩니다.' },

  requesting: '코드를 받는 중…',
  waiting: '로그인을 기다리는 중…',
  slowDown: '아직 로그인을 기다리고 있습니다. 로그인 서비스의 요청에 따라 확인 간격을 늘렸습니다.',
  retrying: '지금은 로그인 서비스에 연결할 수 없습니다. 이 기기가 자동으로 계속 시도하고 있으며, 코드는 여전히 유효합니다.',

  approvedTitle: '로그인되었습니다',
  approvedBody: '이 기기가 로그인되었습니다. 휴대폰이나 컴퓨터의 로그인 페이지는 닫아도 됩니다.',
  deniedTitle: '로그인 거부됨',
  deniedBody: '휴대폰이나 컴퓨터에서 요청이 거부되어 이 기기는 로그인되지 않았습니다. 새 코드를 받아 다시 시작하세요.',
  expiredTitle: '코드가 만료되었습니다',
  expiredBody: '시간 내에 입력되지 않았습니다. 새 코드를 받아 다시 시작하세요.',
  errorTitle: '로그인할 수 없습니다',
  network: '로그인 서비스에 연결할 수 없습니다. 이 기기의 인터넷 연결을 확인한 후 다시 시도하세요.',
  rateLimited: '로그인 서비스가 혼잡하여 이 기기에 잠시 기다리도록 요청했습니다. 몇 분 후에 다시 시도하세요.',
  clientRefused: '로그인 서비스가 이 앱을 거부하여 여기에서 로그인할 수 없습니다. 다시 시도해도 해결되지 않으면 앱 지원팀에 문의하세요.',
  serverError: '로그인 서비스에 문제가 발생했습니다. 몇 분 후에 다시 시도하세요.',
  badResponse: '로그인 서비스가 이 기기에서 처리할 수 없는 응답을 보냈습니다. 다시 시도하고, 문제가 계속되면 앱 지원팀에 문의하세요.',

  newCode: '새 코드 받기',
  tryAgain: '다시 시도',
};
