import type { CommonPack } from '../pack';

export const common: CommonPack = {
  negators: new Set(['nie', 'nigdy', 'bez', 'zadnego', 'zadnej', 'zaden']),
  questionOpeners: new Set(['czy', 'co', 'kiedy', 'gdzie', 'kto', 'jak', 'dlaczego', 'czemu', 'ktory', 'ktora', 'ktore', 'jaki', 'jaka', 'jakie', 'ile', 'o']),
  conditionals: new Set(['jesli', 'jezeli', 'gdyby', 'jezelibysmy']),
  contrast: new Set(['ale', 'jednak', 'lecz', 'natomiast', 'chociaz', 'choc']),
};
