import {csvCell} from '../csv-cell';

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\r=1', "'\r=1"],
    ['\n=HYPERLINK("http://evil.example")', '\'\n=HYPERLINK("http://evil.example")'],
    ['＝HYPERLINK("http://evil.example")', '\'＝HYPERLINK("http://evil.example")'],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
  ])('when a cell starts like a formula (%j), then it is kept as text', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it.each([['Thanks, Ada'], ['a=b'], ['']])(
    'when a cell is plain (%j), then it is unchanged',
    (v) => {
      expect(csvCell(v)).toBe(v);
    },
  );

  it('when a cell is empty, then it is an empty string', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});
