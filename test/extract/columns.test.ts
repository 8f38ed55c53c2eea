// generator/extract/columns.ts: which column holds the codes, the names, the
// description, and which are fields, from the cells' plain text.
import { describe, expect, it } from 'vitest';
import { chooseLayout } from '../../generator/extract/columns.js';

type Want = { code: number; codeType?: 'integer' | 'token'; codePhrase?: boolean; nameSource?: string; name?: number; description?: number; fields?: number[] } | { skip: string };

const cases: [string, { headers: string[]; rows: string[][]; want: Want }][] = [
  ['the seed: CODE PHRASE and a description', { headers: ['HTTP头代码', '说明'], rows: [['200 OK', '正常响应'], ['201 Created', '资源创建成功']], want: { code: 0, codePhrase: true, nameSource: 'phrase', description: 1, fields: [] } }],
  ['CODE PHRASE in parentheses', { headers: ['Status', 'Meaning'], rows: [['200 (OK)', 'fine'], ['404 (Not Found)', 'gone']], want: { code: 0, codePhrase: true, description: 1 } }],
  ['the code in its own column, then a name, then a description', { headers: ['Code', 'Msg', '说明'], rows: [['0', 'success', '处理成功'], ['10001', 'message sign error', '签名错误']], want: { code: 0, codeType: 'integer', nameSource: 'column', name: 1, description: 2, fields: [] } }],
  ['Chinese headers, English names', { headers: ['错误码', '错误信息', '说明'], rows: [['10001', 'order locked', '订单已锁定'], ['10002', 'order gone', '订单不存在']], want: { code: 0, name: 1, description: 2 } }],
  ['Chinese names are no member names: they stay a field', { headers: ['错误码', '错误信息', '说明'], rows: [['10001', '订单已锁定', '请稍后再试'], ['10002', '订单不存在', '请检查订单号']], want: { code: 0, nameSource: 'none', description: 2, fields: [1] } }],
  ['five columns: every other column is a field', { headers: ['Code', 'Msg', 'Locale Language', 'Category', 'Description'], rows: [['1', 'bad input', 'err.bad', 'client', 'The input is bad.'], ['2', 'down', 'err.down', 'server', 'The server is down.']], want: { code: 0, name: 1, description: 4, fields: [2, 3] } }],
  ['a numeric id wins over a token column, which names the codes', { headers: ['Code', 'Id', 'Description'], rows: [['OK', '0', 'Not an error.'], ['CANCELLED', '1', 'Cancelled.']], want: { code: 1, codeType: 'integer', nameSource: 'column', name: 0, description: 2 } }],
  ['token codes in inline code, no name column', { headers: ['Code', 'Message', 'Description'], rows: [['BLOB_UNKNOWN', 'blob unknown to registry', 'A blob is unknown.'], ['DIGEST_INVALID', 'digest did not match', 'Bad digest.']], want: { code: 0, codeType: 'token', nameSource: 'code', description: 2, fields: [1] } }],
  ['dotted token codes', { headers: ['错误码', '说明'], rows: [['AuthFailure.SignatureExpire', '签名过期。'], ['InvalidParameter', '参数错误。']], want: { code: 0, codeType: 'token', nameSource: 'code', description: 1 } }],
  ['lower-case tokens under a header that says error', { headers: ['Error', 'Description'], rows: [['invalid_request', 'The request is missing a parameter.'], ['invalid_client', 'Client authentication failed.']], want: { code: 0, codeType: 'token' } }],
  ['negative codes', { headers: ['code', 'message', 'meaning'], rows: [['-32700', 'Parse error', 'Invalid JSON.'], ['-32600', 'Invalid Request', 'Not a request.']], want: { code: 0, name: 1, description: 2 } }],
  ['a row that is not a code stays a minority', { headers: ['code', 'message', 'meaning'], rows: [['-32700', 'Parse error', 'x'], ['-32600', 'Invalid Request', 'y'], ['-32000 to -32099', 'Server error', 'z']], want: { code: 0, codePhrase: false, name: 1 } }],
  ['Slate: the name before ` -- `', { headers: ['Error Code', 'Meaning'], rows: [['400', 'Bad Request -- Your request is invalid.'], ['404', 'Not Found -- The kitten could not be found.']], want: { code: 0, nameSource: 'split', description: 1 } }],
  ['a column of row numbers is no code column', { headers: ['#', 'Code', 'Message'], rows: [['1', '40001', 'bad token'], ['2', '40002', 'expired token'], ['3', '40003', 'no token']], want: { code: 1, name: 2, fields: [0] } }],
  ['short names under Description, explained beside', { headers: ['Code', 'Description', 'Explanation', 'Reconnect'], rows: [['4000', 'Unknown error', 'We are not sure.', 'true'], ['4001', 'Unknown opcode', 'You sent an invalid opcode.', 'true']], want: { code: 0, name: 1, description: 2, fields: [3] } }],
  ['categories are no names: not unique', { headers: ['Code', 'Category', 'Description'], rows: [['1', 'auth', 'Bad token.'], ['2', 'auth', 'Expired token.']], want: { code: 0, nameSource: 'none', description: 2, fields: [1] } }],
  ['a header says code, another column of integers does not', { headers: ['HTTP', 'Error code', 'Message'], rows: [['400', '40001', 'bad'], ['400', '40002', 'worse']], want: { code: 1 } }],
  ['a parameter table is no code table', { headers: ['Name', 'Type', 'Required', 'Description'], rows: [['id', 'integer', 'yes', 'The id.'], ['user_id', 'string', 'no', 'The user.']], want: { skip: 'no column holds codes' } }],
  ['a table of lengths is no code table', { headers: ['Field', 'Max length'], rows: [['name', '32'], ['email', '254']], want: { skip: 'no column holds codes' } }],
  ['an endpoint table is no code table', { headers: ['Method', 'Path', 'Description'], rows: [['GET', '/orders', 'List orders.'], ['POST', '/orders', 'Create one.']], want: { skip: 'no column holds codes' } }],
  ['a column mixing integers and tokens is no code column', { headers: ['Value', 'Text'], rows: [['1', 'a b'], ['TWO', 'c d'], ['3', 'e f'], ['FOUR', 'g h']], want: { skip: 'no column holds codes' } }],
  ['most rows not codes', { headers: ['Code', 'Text'], rows: [['5xx', 'a b'], ['N/A', 'c d'], ['200', 'e f']], want: { skip: 'no column holds codes' } }],
  ['no rows yet, under a header that says code', { headers: ['Code', 'Description'], rows: [], want: { code: 0, codeType: 'integer', nameSource: 'none', description: 1 } }],
  ['no rows, and no header says code', { headers: ['Name', 'Description'], rows: [], want: { skip: 'it has no rows, and no header says code' } }],
];

describe.each(cases)('chooseLayout: %s', (_name, { headers, rows, want }) => {
  it('finds the columns the author meant', () => {
    expect(chooseLayout(headers, rows)).toMatchObject(want);
  });
});

describe('chooseLayout with a config', () => {
  it('takes the columns it names, by header or by position', () => {
    const headers = ['状态值', '英文名', '说明', '备注'];
    const rows = [['1', 'Paid', '已支付', 'x'], ['2', 'Shipped', '已发货', 'y']];
    expect(chooseLayout(headers, rows, { code: '状态值', name: '2', description: '说明' })).toMatchObject({ code: 0, name: 1, description: 2, fields: [3], reason: 'the config names it' });
  });

  it('says why one column won over another', () => {
    const layout = chooseLayout(['Code', 'Id', 'Description'], [['OK', '0', 'x'], ['CANCELLED', '1', 'y']]);
    expect(layout).toMatchObject({ reason: 'numeric codes win over the tokens of column 1 `Code`' });
  });
});
