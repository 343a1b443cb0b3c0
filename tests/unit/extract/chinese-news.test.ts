import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';

const read = (text: string) => detectQuotes(text).map((q) => [q.kind, q.speaker ?? null]);

describe('speakers in Chinese news: where the subject stands', () => {
  it('reads a name with a time between it and the verb', () => {
    expect(read('王芳昨天在会上表示：“我们会继续努力。”')).toEqual([['speech', '王芳']]);
    expect(read('李强12日晚间受访时回应：“我没有做错任何事情。”')).toEqual([['speech', '李强']]);
    expect(read('邓超日前出席活动时说：“新片下个月上映。”')).toEqual([['speech', '邓超']]);
  });

  it('reads where a name after a role ends from a time after it, so that 她 later is that person', () => {
    expect(read('外交部发言人毛宁10日主持例行记者会。她表示：“中方坚决反对。”')).toEqual([['speech', '毛宁']]);
    expect(read('陈刚周二在发布会上说：“我们准备好了。”')).toEqual([['speech', '陈刚']]);
  });

  it('reads traditional characters with a time in them', () => {
    expect(read('陳美玲13日晚間受訪時回應：「我們會繼續推動改革。」')).toEqual([['speech', '陳美玲']]);
  });

  it('reads the name of the clause before one that only says to whom the words were said', () => {
    expect(read('张伟在主持节目时，对现场观众说：“大家好好想一想。”')).toEqual([['speech', '张伟']]);
    expect(read('李明在会上，对记者说：“我们会继续努力。”')).toEqual([['speech', '李明']]);
  });

  it('names no one when the clause before the listener is not a name', () => {
    expect(read('经过调查，对记者说：“我们会继续努力。”')).toEqual([['speech', null]]);
    expect(read('据了解，对村民说：“明年修路。”')).toEqual([['speech', null]]);
  });

  it('reads 说明 as a cue, its speaker going on to a quotation that closes the sentence', () => {
    expect(read('周红说明，这个项目很复杂，需要时间，“我们不会放弃。”')).toEqual([['speech', '周红']]);
  });

  it('reads a cue in the quotation’s own clause, when the text names its subject elsewhere', () => {
    // 王磊 is named by 表示： in the first sentence, so the short quotation after 称 is his.
    expect(read('王磊表示：“我们会再研究。”王磊还称这个计划“完全不可行”。')).toEqual([['speech', '王磊'], ['speech', '王磊']]);
    expect(read('议员孙浩说，他反对。孙浩也批评对方抱着“走着瞧”的心态。')).toEqual([['speech', '孙浩']]);
  });

  it('does not take a word holding a cue for a cue of a name nobody was named by', () => {
    // 王磊 is named nowhere else: "王磊称…" inside a run of characters could be any word; the short quotation stays a term.
    expect(read('王磊称这个计划“完全不可行”。')).toEqual([['term', null]]);
    // 称之为: a name given, not words said.
    expect(read('王磊表示：“我们会再研究。”王磊称之为“慢功夫”。')).toEqual([['speech', '王磊'], ['term', null]]);
  });
});

describe('terms and slogans in Chinese quotation marks', () => {
  it('reads a phrase that is part of a noun or a list after it as a term, even under a cue', () => {
    expect(read('陈华说，这多亏了“平安乡村”建设。')).toEqual([['term', null]]);
    expect(read('郑军认为，要大力推动“智慧城市”应用，才能发展。')).toEqual([['term', null]]);
    expect(read('他分析称，对方曾以安全为由威胁“断供”和“限购”，后来又改口。')).toEqual([['term', null], ['term', null]]);
    expect(read('工厂成功试制了新型机床“长风一号”机，产量翻番。')).toEqual([['term', null]]);
  });

  it('reads a phrase inside a run of characters with no cue as a term, however long', () => {
    expect(read('大会始终坚持“开放合作、互利共赢、共同发展”的原则。')).toEqual([['term', null]]);
    expect(read('礼堂正中悬挂着横幅“热烈欢迎各位代表”，气氛热烈。')).toEqual([['term', null]]);
  });

  it('reads a phrase after words of naming as a term', () => {
    expect(read('李明表示：“我们会再研究。”这被称为“慢功夫”，李明说。')).toEqual([['speech', '李明'], ['term', null]]);
  });

  it('keeps short words of a named speaker that close a clause, or are tied by 的 under a cue in their clause', () => {
    expect(read('何丽说，对方的做法让她“十分失望”；她要求道歉。')).toEqual([['speech', '何丽']]);
    expect(read('议员孙浩说，他反对。孙浩也批评对方抱着“走着瞧”的心态。')).toEqual([['speech', '孙浩']]);
    expect(read('歌手吳凡日前受訪時稱成功的原因是「不放棄」，引起熱議。吳凡表示：「我會繼續努力。」')).toEqual([['speech', '吳凡'], ['speech', '吳凡']]);
  });

  it('keeps a sentence in quotation marks followed by its speaker as speech', () => {
    expect(read('“我们已经准备好了”赵刚说。')).toEqual([['speech', '赵刚']]);
  });
});

describe('speakers in Chinese news: roles, bodies and manner', () => {
  it('reads a body after a role as the body, never its last characters as a name', () => {
    expect(read('外交部发言人办公室答记者问时表示：“中方坚决反对。”')).toEqual([['speech', '外交部发言人办公室']]);
    expect(read('外交部发言人毛宁答记者问时表示：“中方坚决反对。”')).toEqual([['speech', '毛宁']]);
  });

  it('reads an agency that commented, and a name after a family tie', () => {
    expect(read('新华社评论称：“这是历史性的一步。”')).toEqual([['speech', '新华社']]);
    expect(read('她的母亲张华说：“孩子从小就喜欢画画。”')).toEqual([['speech', '张华']]);
    expect(read('张华的母亲说：“孩子从小就喜欢画画。”')).toEqual([['speech', null]]);
  });

  it('reads a name told how it spoke, after a role too', () => {
    expect(read('“以前这里全是泥巴路。”村支书李明一边走一边介绍。')).toEqual([['speech', '李明']]);
  });

  it('reads a clause showing a named person acting as people do when they speak, right before the quotation', () => {
    expect(read('李明指着新修的公路，“以前这里全是泥巴路。”')).toEqual([['speech', '李明']]);
    expect(read('谈起这些年的变化，村支书李明感慨万千：“以前这里全是泥巴路。”')).toEqual([['speech', '李明']]);
  });

  it('reads the one named talking of something right after words that are a sentence', () => {
    expect(read('“我还在路上，信息就发到我手机上了。”居民杨明谈起住院体验赞不绝口。')).toEqual([['speech', '杨明']]);
    expect(read('“我还在路上，信息就发到我手机上了。”谈起住院体验，大家赞不绝口。')).toEqual([['speech', null]]);
  });

  it('names no one after a clause of mere action, or of someone else’s relative', () => {
    expect(read('李明来到村委会，“以前这里全是泥巴路。”')).toEqual([['speech', null]]);
    expect(read('李明的妈妈看着窗外，“以前这里全是泥巴路。”')).toEqual([['speech', null]]);
  });
});
