import { en, type Messages } from '../../src/i18n/en';
import { format, type MessageValues, type Plural } from '../../src/i18n/format';

/** A message as the kit shows it in `messages`' language (English by default), for assertions. */
export const say = (message: string | Plural, values?: MessageValues, messages: Messages = en): string => format(messages.locale, message, values);
