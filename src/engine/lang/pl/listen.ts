import type { ListenPack } from '../../rules/listen';
import { phrases } from '../../text/pattern';

export const listen: ListenPack = {
  restatement: phrases(
    'jak pani|pan|panstwo pisze|pisala|pisal|wspomniala|wspomnial|opisala|opisal|zauwazyla|zauwazyl',
    'jak pisze|pisala|wspomniala|opisala|zauwazyla pani|pan',
    'pani|pan pisze|pisala|wspomniala|opisala|zglasza ze',
    'z pani|pana|panstwa wiadomosci|maila|zgloszenia|listu wynika',
    'w pani|pana|panstwa wiadomosci|mailu|zgloszeniu',
  ),
};
