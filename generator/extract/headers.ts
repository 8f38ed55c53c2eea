// What a column's header says about the column. Content decides which column
// holds the codes; headers help to choose between columns that could.

/** Words of a header, lower-cased ASCII words and runs of other letters: `HTTP头代码` → `http`, `头代码`. */
function words(header: string): string[] {
  return header.toLowerCase().match(/[a-z]+|[^\sa-z0-9\p{P}\p{S}]+/gu) ?? [];
}

function says(header: string, english: ReadonlySet<string>, other: RegExp): boolean {
  return words(header).some((word) => english.has(word)) || other.test(header);
}

const codeWords = new Set(['code', 'codes', 'status', 'error', 'errors', 'errno', 'err', 'opcode', 'opcodes', 'op', 'id', 'number', 'value', 'enum', 'state']);
const codeOther = /代码|编码|码|状态|错误|返回值|值/;

/** A header that says its column holds codes: `Code`, `Error`, `Status`, `错误码`, `状态值`. */
export function saysCode(header: string): boolean {
  return says(header, codeWords, codeOther);
}

const notCodeWords = new Set([
  'length', 'size', 'limit', 'limits', 'count', 'max', 'min', 'maximum', 'minimum', 'default', 'version', 'port', 'type', 'types',
  'required', 'optional', 'format', 'example', 'examples', 'sample', 'parameter', 'parameters', 'param', 'params', 'field', 'fields',
  'property', 'properties', 'argument', 'arguments', 'arg', 'args', 'option', 'options', 'flag', 'method', 'path', 'url', 'uri',
  'endpoint', 'header', 'headers', 'timeout', 'since', 'deprecated', 'retries', 'retry', 'seconds', 'ms', 'bytes', 'price', 'amount',
]);
const notCodeOther = /长度|大小|数量|默认|版本|类型|必填|必选|是否|示例|参数|字段|属性|方法|路径|接口/;

/** A header that says its column holds something else than codes (`Type`, `Length`, `Parameter`), unless it also says code (`Error type`). */
export function saysNotCode(header: string): boolean {
  return !saysCode(header) && says(header, notCodeWords, notCodeOther);
}

const rowNumberHeader = /^(?:#|no\.?|nr\.?|n°|№|num\.?|index|idx|row|序号)$/i;

/** A header of row numbers: `#`, `No.`, `序号`. */
export function saysRowNumber(header: string): boolean {
  return rowNumberHeader.test(header.trim());
}

const nameWords = new Set(['name', 'names', 'phrase', 'reason', 'message', 'msg', 'title', 'label', 'constant', 'const', 'enum', 'identifier', 'symbol', 'text', 'short']);
const strongNameWords = new Set(['name', 'names', 'constant', 'const', 'identifier', 'symbol']);
const nameOther = /名称|名字|英文名|英文|信息|消息|提示|常量/;
const strongNameOther = /名称|名字|英文名|常量/;

/** A header that says its column names the codes: `Name`, `Message`, `Phrase`, `英文名`, `错误信息`. */
export function saysName(header: string): boolean {
  return says(header, nameWords, nameOther) && !saysDescription(header);
}

/** A header that names the codes beyond doubt (`Name`, `Constant`, `名称`): a name column for token codes. */
export function saysNameOnly(header: string): boolean {
  return says(header, strongNameWords, strongNameOther) && !saysDescription(header);
}

const descriptionWords = new Set(['description', 'descriptions', 'desc', 'descr', 'meaning', 'explanation']);
const descriptionOther = /说明|描述|含义|解释|释义/;

/** A header that says its column describes the codes: `Description`, `Meaning`, `Desc`, `说明`, `描述`, `含义`. */
export function saysDescription(header: string): boolean {
  return says(header, descriptionWords, descriptionOther);
}

/** Text that says HTTP: `HTTP`, `HTTP状态码`. */
export function saysHttp(text: string): boolean {
  return /\bhttps?\b/i.test(text);
}

/** Text that says status, which HTTP tables often say but other tables may too: `Status`, `状态码`. */
export function saysStatus(text: string): boolean {
  return /\bstatus(?:es)?\b|状态/i.test(text);
}
