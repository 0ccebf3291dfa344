import type { CommonPack } from '../pack';

export const common: CommonPack = {
  negators: new Set(['not', "don't", 'dont', "can't", 'cant', 'cannot', "won't", 'wont', 'never', 'no', "didn't", 'didnt', "isn't", "aren't", "wasn't", "shouldn't", "wouldn't", "haven't", 'without']),
  questionOpeners: new Set(['what', 'when', 'where', 'who', 'which', 'why', 'how', 'could', 'would', 'can', 'do', 'did', 'does', 'is', 'are', 'was', 'were', 'may', 'shall', 'should', 'will', 'have', 'has']),
  conditionals: new Set(['if', 'whether', 'unless']),
  contrast: new Set(['but', 'however', 'although', 'though', 'yet']),
};
