import type { AppStrings } from '../strings';

export { th as messages } from '../../i18n/locales/th';

export const strings: AppStrings = {
  locale: 'th',
  defaultTitle: 'การลงชื่อเข้าใช้อุปกรณ์',
  getHelp: 'รับความช่วยเหลือ',
  opensInNewTab: '(เปิดในแท็บใหม่)',
  stylesMissing: 'สไตล์ของหน้านี้โหลดไม่สำเร็จ ({files}) หน้าจึงดูเรียบง่าย แต่ยังใช้งานได้ หากเกิดขึ้นบ่อย โปรดแจ้งผู้ดูแลเว็บไซต์',
};
