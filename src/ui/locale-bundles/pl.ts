/** Every namespace of one language in one chunk, fetched only when that language is used. */
export default import.meta.glob<object>('../../../locales/pl/*.json', { eager: true, import: 'default' });
