// Words a unit cell writes around unit names to say who does what. They are roles, never names:
// 「县司法局（牵头）」「县政府办公室牵头，县直各部门按职责分工负责」「县财政局、县审计局（按职责分工负责）」.

/** How the cell says the units share the work: 「按职责分工」「分别」「共同」「各司其职」. */
const DUTY = '(?:按照?(?:各自)?职责(?:分工)?|根据职责(?:分工)?|各司其职|分别|共同|具体)';
const VERB = '(?:负责落实|具体落实|落实|负责|配合|参与|协助)';

/** A role phrase at the end of a name: 「县直各部门按职责分工负责」 → 县直各部门. */
export const ROLE_TAIL = new RegExp(`(?:${DUTY}${VERB}?|${VERB})$`);

/** A parenthesis that only says how the units work: 「（按职责分工负责）」「（分别负责）」. */
export const ROLE_PARENTHESIS = new RegExp(`[(（](?:${DUTY}${VERB}?|${VERB})[)）]`, 'g');

/** 「（牵头）」「(配合单位)」 after a name. */
export const ROLE_MARK_SOURCE = '[(（](?:牵头|配合)(?:单位|部门)?[)）]';
