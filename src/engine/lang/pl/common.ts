import type { CommonPack } from '../pack';
import { phrases } from '../../text/pattern';

export const common: CommonPack = {
  negators: new Set(['nie', 'nigdy', 'bez', 'zadnego', 'zadnej', 'zaden', 'ani']),
  questionOpeners: new Set(['czy', 'co', 'kiedy', 'gdzie', 'kto', 'jak', 'dlaczego', 'czemu', 'ktory', 'ktora', 'ktore', 'jaki', 'jaka', 'jakie', 'ile', 'o']),
  conditionals: new Set(['jesli', 'jezeli', 'gdyby', 'jezelibysmy']),
  contrast: new Set(['ale', 'jednak', 'lecz', 'natomiast', 'chociaz', 'choc']),
  addressee: new Set(['pani', 'pan', 'pana', 'panu', 'pania', 'panem', 'panstwo', 'panstwa', 'panstwu', 'panstwem', 'ty', 'ci', 'cie', 'ciebie', 'tobie', 'toba']),
  clauseOpeners: new Set(['ze', 'aby', 'zeby', 'by', 'ktory', 'ktora', 'ktore', 'ktorego', 'ktorej', 'ktorym', 'ktorych', 'ktorzy', 'bo', 'poniewaz', 'gdyz', 'ale', 'lecz', 'jednak', 'choc', 'chociaz', 'jesli', 'jezeli', 'gdy', 'kiedy', 'gdzie',
    // Indirect questions: "sprawdzę jutro, czy wszystko dotarło".
    'czy', 'dlaczego']),
  falseNegations: phrases(
    'bez dodatkow* opłat|kosztów',
    'bez opłat|opłaty|kosztów|zwłoki|problemu|dopłat*',
    'nie_później niż',
    'nie_ma problemu', 'nie_będzie problemu|kłopotu',
    'nie_tylko',
    'bez_względu',
  ),
  hypothetical: phrases('powinni*|powinien|powinienem|powinnam|powinna', 'należało', 'trzeba_było', 'mogli*|mogl* byli|było', 'gdyby*'),
};
