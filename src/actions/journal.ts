/** The one `Journal` writer lives in src/gas/journal.ts; actions import it from here or there. */
export { appendJournal, appendJournalLocked, readJournal, type JournalEntry } from '../gas/journal';
