// Frequent characters whose Simplified and Traditional forms differ, pair by pair.
const simplified = '这们个为发会经产业国说对时过还来电话动网数据关进实现与开无应问题还样点种';
const traditional = '這們個為發會經產業國說對時過還來電話動網數據關進實現與開無應問題還樣點種';

const simplifiedSet = new Set(simplified);
const traditionalSet = new Set(traditional);

/** Which Chinese script a text is in, by counting frequent characters unique to each. */
export function detectChineseScript(text: string): 'zh-Hans' | 'zh-Hant' | 'zh' {
  let simplifiedCount = 0;
  let traditionalCount = 0;
  for (const char of text) {
    if (simplifiedSet.has(char)) simplifiedCount += 1;
    else if (traditionalSet.has(char)) traditionalCount += 1;
  }
  if (simplifiedCount === traditionalCount) return 'zh';
  return simplifiedCount > traditionalCount ? 'zh-Hans' : 'zh-Hant';
}
