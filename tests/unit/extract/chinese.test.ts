import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';

const read = (text: string) => detectQuotes(text).map((q) => [q.kind, q.speaker ?? null]);

describe('speakers in Chinese news', () => {
  it('reads the name before a reporting verb: after a role, with a middle dot, or beginning with a common surname', () => {
    expect(read('外交部发言人华春莹表示：“中方坚决反对这一决定。”')).toEqual([['speech', '华春莹']]);
    expect(read('经济学家约翰·史密斯(John Smith)指出：“市场会自行调整。”')).toEqual([['speech', '约翰·史密斯']]);
    expect(read('王明说：“我们会继续努力。”')).toEqual([['speech', '王明']]);
    expect(read('“我们一定会赢。”李强说。')).toEqual([['speech', '李强']]);
    expect(read('发言人陈美玲表示：「政府会继续推动改革。」')).toEqual([['speech', '陈美玲']]);
  });

  it('names no one when the subject is a common noun', () => {
    expect(read('专家认为：“这个问题非常复杂。”')).toEqual([['speech', null]]);
  });

  it('resolves a surname to the full name and 他 to the one person the sentence before introduced', () => {
    const text = '社会学教授戴夫·汉森（Dave Hanson）研究酒精多年。他说：“这不是科学问题。”\n汉森补充说，这种做法“引发了很多争议”。';
    expect(read(text)).toEqual([['speech', '戴夫·汉森'], ['speech', '戴夫·汉森']]);
  });

  it('leaves 他 unknown after two people, and reads a short quoted name as a term', () => {
    expect(read('约翰·史密斯和玛丽·琼斯出席了会议。他说：“这是个好消息。”')).toEqual([['speech', null]]);
    expect(read('为什么不让宇航员来一杯“地球末日”鸡尾酒？')).toEqual([['term', null]]);
  });
});
