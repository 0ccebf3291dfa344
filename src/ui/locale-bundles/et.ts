/** Every namespace of one language in one chunk, fetched only when that language is used. */
export default import.meta.glob<object>('../../../locales/et/*.json', { eager: true, import: 'default' });
