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

  it('reads a subject separated from its verb by the occasion, the listener or the manner', () => {
    expect(read('李红告诉记者：“今年的收成比去年好。”')).toEqual([['speech', '李红']]);
    expect(read('张伟告诉中国青年报·中青在线记者：“我们准备了很久。”')).toEqual([['speech', '张伟']]);
    expect(read('刘洋在接受采访时表示：“这个项目很重要。”')).toEqual([['speech', '刘洋']]);
    expect(read('陈刚对记者说：“我们不会放弃。”')).toEqual([['speech', '陈刚']]);
    expect(read('周强笑着说：“那是我第一次上台。”')).toEqual([['speech', '周强']]);
    expect(read('邓华激动地说：“终于等到这一天了。”')).toEqual([['speech', '邓华']]);
  });

  it('reads a name after a modifier with 的, a role after the name, and more reporting verbs', () => {
    expect(read('今年21岁的吴亮说：“我想回家乡工作。”')).toEqual([['speech', '吴亮']]);
    expect(read('黄志明教授表示：“研究还在继续。”')).toEqual([['speech', '黄志明']]);
    expect(read('清华大学李明教授指出：“数据还不够。”')).toEqual([['speech', '李明']]);
    expect(read('清华大学学生赵敏说：“课程很有挑战。”')).toEqual([['speech', '赵敏']]);
    expect(read('孙丽介绍：“村里建了新学校。”')).toEqual([['speech', '孙丽']]);
    expect(read('郭涛说道：“大家辛苦了。”')).toEqual([['speech', '郭涛']]);
    expect(read('程雪坦承：“比赛很激烈。”')).toEqual([['speech', '程雪']]);
  });

  it('reads a name alone before a colon, and resolves 他 to someone a role introduced or who spoke by name', () => {
    expect(read('李明：“我每天都来图书馆。”\n记者：“你为什么每天都来这里？”')).toEqual([['speech', '李明'], ['speech', null]]);
    expect(read('记者见到了北京大学学生李明。他说：“我每天都来图书馆。”')).toEqual([['speech', '李明']]);
    expect(read('李明说，图书馆很好。\n李明是一名志愿者。“我每天都来。”他说。')).toEqual([['speech', '李明']]);
    expect(read('“这里很安静。”李明同学补充道。')).toEqual([['speech', '李明']]);
    expect(read('北京大学学生李明每天都来图书馆。他说：“这里很安静。”')).toEqual([['speech', '李明']]);
    expect(read('小王告诉记者：“我第一次来北京。”')).toEqual([['speech', '小王']]);
    expect(read('小时候说：“我第一次来北京。”')).toEqual([['speech', null]]);
  });

  it('reads 据…介绍 (according to), a listener after a closing cue, more verbs in 称 and a village secretary', () => {
    expect(read('据李明介绍：“村里建了新学校。”')).toEqual([['speech', '李明']]);
    expect(read('据介绍：“村里建了新学校。”')).toEqual([['speech', null]]);
    expect(read('“村里建了新学校，”李明告诉记者。')).toEqual([['speech', '李明']]);
    expect(read('李明笑称：“村里建了新学校。”')).toEqual([['speech', '李明']]);
    expect(read('王芳声称：“我从来没有见过他。”')).toEqual([['speech', '王芳']]);
    expect(read('“村里建了新学校。”村支书王建国说。')).toEqual([['speech', '王建国']]);
  });

  it('names someone by surname and role (李老师), and reads 回忆道, 感叹道 and 接着说', () => {
    expect(read('李老师表示：“孩子们进步很快。”')).toEqual([['speech', '李老师']]);
    expect(read('该校老师表示：“孩子们进步很快。”')).toEqual([['speech', null]]);
    expect(read('李明回忆道：“那年冬天特别冷。”')).toEqual([['speech', '李明']]);
    expect(read('李明感叹道：“时间过得真快。”')).toEqual([['speech', '李明']]);
    expect(read('李明接着说：“我们还会回来。”')).toEqual([['speech', '李明']]);
  });

  it('gives both parts of a quotation split by its cue the same speaker', () => {
    expect(read('“我们会坚持下去，”何军说，“直到成功。”')).toEqual([['speech', '何军'], ['speech', '何军']]);
    expect(read('“我们会坚持下去。”何军说，“直到成功。”')).toEqual([['speech', '何军'], ['speech', '何军']]);
  });

  it('names no organisation or thing that begins like a surname, nor whom the speaker told', () => {
    expect(read('白宫表示：“总统会出席。”')).toEqual([['speech', null]]);
    expect(read('谷歌表示：“产品会更新。”')).toEqual([['speech', null]]);
    expect(read('文章指出：“这是个问题。”')).toEqual([['speech', null]]);
    expect(read('网友表示：“太好了。”')).toEqual([['speech', null]]);
    expect(read('他们告诉记者：“我们很满意。”')).toEqual([['speech', null]]);
    expect(read('张家口：“这里的冬天很冷，大家都在家里。”')).toEqual([['speech', null]]);
  });

  it('gives an office alone (创始人表示) to the one person the text named with it, and no one when two were', () => {
    expect(read('Hater 的创始人 Brendan Alper 此前就职于高盛。创始人表示：“我们希望人们在这里认识彼此。”')).toEqual([['speech', 'Brendan Alper']]);
    expect(read('外交部发言人约翰·史密斯在发布会上回答了问题。发言人表示：“我们坚决反对。”')).toEqual([['speech', '约翰·史密斯']]);
    expect(read('发言人王芳和发言人李强出席了发布会。发言人表示：“我们坚决反对。”')).toEqual([['speech', null]]);
    expect(read('专家张伟出席了会议。专家表示：“这个问题很复杂。”')).toEqual([['speech', null]]);
  });

  it('gives a paragraph that is only a quotation to the one whose words the paragraph before reported', () => {
    const text = '李明是这家公司的创始人。\n李明表示，公司接下来会转向社交平台。\n“我们希望为每个人创造一个场所。”';
    expect(read(text)).toEqual([['speech', '李明']]);
    expect(read('记者来到了公司。\n“我们希望为每个人创造一个场所。”')).toEqual([['speech', null]]);
  });

  it('resolves 他 to a name opening a clause of the sentence before, and to no one when two open one', () => {
    expect(read('记者了解到，李明今年大学毕业。“我们会继续努力。”他说。')).toEqual([['speech', '李明']]);
    expect(read('李明今年大学毕业，王芳也来了。“我们会继续努力。”他说。')).toEqual([['speech', null]]);
    expect(read('李明和王芳都来了。“我们会继续努力。”她说。')).toEqual([['speech', null]]);
    expect(read('张家口今年很冷。“我们会继续努力。”他说。')).toEqual([['speech', null]]);
  });

  it('reads a speaker after a quoted sentence who goes on speaking (“…。”张勇说，…), but not after a term', () => {
    expect(read('“我们会继续扩大合作。”国家发展改革委地区振兴司副司长张勇说，合作会带来更多机会。')).toEqual([['speech', '张勇']]);
    expect(read('“我不想再回去了。”张伟说，他已经在这里工作了十年。')).toEqual([['speech', '张伟']]);
    expect(read('“这里很安静。”她说，每天都有很多学生来。')).toEqual([['speech', null]]);
    expect(detectQuotes('他们推出“智慧乡村”项目负责人李明表示，项目明年完成。').some((q) => q.speaker)).toBe(false);
    expect(detectQuotes('对于“双减”，李明表示，学校会做好安排。').some((q) => q.speaker)).toBe(false);
  });

  it('reads a name after a role the lexicon does not list, and the longest role before a name', () => {
    expect(read('“我在太空很好。”航天员王亚平说。')).toEqual([['speech', '王亚平']]);
    expect(read('“我们每天工作十几个小时。”医院护士长刘芳说。')).toEqual([['speech', '刘芳']]);
    expect(read('“我不想再回去了。”快递小哥张伟说。')).toEqual([['speech', '张伟']]);
    expect(read('“这是我第一次来北京。”北京大学博士生马丁表示。')).toEqual([['speech', '马丁']]);
    expect(read('“车床要天天保养。”公司数控车工、特级技师周敏说。')).toEqual([['speech', '周敏']]);
    expect(read('“我们很满意。”李明、王芳说。')).toEqual([['speech', null]]);
    expect(read('“我们很满意。”工作人员说。')).toEqual([['speech', null]]);
    expect(read('“我们很满意。”学生家长说。')).toEqual([['speech', null]]);
    expect(read('“这很好。”李明的同事王芳说。')).toEqual([['speech', '王芳']]);
    expect(read('“这很好。”王芳的朋友说。')).toEqual([['speech', null]]);
  });

  it('does not carry a cue across a semicolon to a quotation about someone else', () => {
    // The second is 黄国健's own, by 批评 in its clause (see chinese-news.test.ts), never 何俊仁's.
    expect(read('何俊仁说，他感到“非常震惊”；议员黄国健也批评他抱着“绝不服输”的态度。')).toEqual([['speech', '何俊仁'], ['speech', '黄国健']]);
  });

  it('reads how someone spoke between name and cue, a topic before the speaker, and more reporting verbs', () => {
    expect(read('“菜都是自己种的。”张红一边择菜一边说。')).toEqual([['speech', '张红']]);
    expect(read('张红开玩笑说：“菜都是自己种的。”')).toEqual([['speech', '张红']]);
    expect(read('张红一脸自豪地说：“菜都是自己种的。”')).toEqual([['speech', '张红']]);
    expect(read('“菜都是自己种的。”张红笑了笑说。')).toEqual([['speech', '张红']]);
    expect(read('“菜都是自己种的。”张红的女儿说。')).toEqual([['speech', null]]);
    expect(read('“菜都是自己种的。”张红和丈夫说。')).toEqual([['speech', null]]);
    expect(read('“菜都是自己种的。”说起这片菜园，张红说。')).toEqual([['speech', '张红']]);
    expect(read('张红呼吁：“大家都来种菜。”')).toEqual([['speech', '张红']]);
    expect(read('“大家都来种菜。”全国人大代表张红建议。')).toEqual([['speech', '张红']]);
    expect(read('“大家都来种菜。”00后小伙刘洋说。')).toEqual([['speech', '刘洋']]);
  });

  it('reads 在…看来 and 用…的话说 as the view or the words of the one named', () => {
    expect(read('在赵刚看来，“种菜也是一门学问。”')).toEqual([['speech', '赵刚']]);
    expect(read('用赵刚的话说，“种菜也是一门学问”。')).toEqual([['speech', '赵刚']]);
    expect(read('在很多人看来，“种菜也是一门学问。”')).toEqual([['speech', null]]);
  });

  it('resolves 他 to the one person speaking earlier in the same run of sentences, and continues reported words in the paragraph', () => {
    expect(read('赵刚说：“今年收成不错。”他还说：“明年还要多种。”')).toEqual([['speech', '赵刚'], ['speech', '赵刚']]);
    expect(read('赵刚坦言，自己一开始并不懂种菜。“那时候什么都要学，但是我不怕。”')).toEqual([['speech', '赵刚']]);
    expect(read('菜园今年扩大了一倍。“那时候什么都要学，但是我不怕。”')).toEqual([['speech', null]]);
  });

  it('names a body that speaks for itself, but not one the clause leaves unnamed', () => {
    expect(read('外交部表示：“中方坚决反对这一决定。”')).toEqual([['speech', '外交部']]);
    expect(read('“各地要做好防控工作。”国家卫生健康委在通知中说。')).toEqual([['speech', '国家卫生健康委']]);
    expect(read('新华社报道称：“会议取得了圆满成功。”')).toEqual([['speech', '新华社']]);
    expect(read('“产品将按时上市。”星河科技集团回应称。')).toEqual([['speech', '星河科技集团']]);
    expect(read('该公司表示：“产品将按时上市。”')).toEqual([['speech', null]]);
    expect(read('当地政府表示：“正在调查。”')).toEqual([['speech', null]]);
    expect(read('俱乐部表示：“正在调查。”')).toEqual([['speech', null]]);
    expect(read('“正在调查。”涉事公司回应称。')).toEqual([['speech', null]]);
  });

  it('reads names with a two-character surname and a few more surnames', () => {
    expect(read('欧阳娜娜说：“我很开心。”')).toEqual([['speech', '欧阳娜娜']]);
    expect(read('“我很开心。”演员欧阳娜娜说。')).toEqual([['speech', '欧阳娜娜']]);
    expect(read('司马南表示：“我很开心。”')).toEqual([['speech', '司马南']]);
    expect(read('“我很开心。”萧亮说。')).toEqual([['speech', '萧亮']]);
  });

  it('reads Taiwan and Hong Kong news in traditional characters, giving names as the page writes them', () => {
    expect(read('行政院發言人陳宗彥表示：「政府會持續推動改革。」')).toEqual([['speech', '陳宗彥']]);
    expect(read('「政府會持續推動改革。」立委林淑芬說。')).toEqual([['speech', '林淑芬']]);
    expect(read('「我們會繼續努力。」公司董事長劉德明說，公司會持續投資。')).toEqual([['speech', '劉德明']]);
    expect(read('林淑芬說：「政府要負責。」她還說：「我們會繼續監督。」')).toEqual([['speech', '林淑芬'], ['speech', '林淑芬']]);
    expect(read('「這是我第一次來台北。」美國商務部長約翰‧史密斯說。')).toEqual([['speech', '約翰·史密斯']]);
    expect(read('「政府要負責。」黃國昌受訪時說。')).toEqual([['speech', '黃國昌']]);
    expect(read('該公司表示：「產品會按時上市。」')).toEqual([['speech', null]]);
    expect(read('記者：「你為什麼來這裡？」')).toEqual([['speech', null]]);
    expect(detectQuotes('立委林淑芬說：「政府要負責。」')[0].cue).toBe('說');
  });

  it('reads a speaker named after the words (说这话的是…), and a place or time between name and cue', () => {
    expect(read('“我想回家乡创业。”说这话的是北京大学学生李明。')).toEqual([['speech', '李明']]);
    expect(read('“我想回家乡创业。”说这番话的，是今年刚毕业的赵磊。')).toEqual([['speech', '赵磊']]);
    expect(read('“我想回家乡创业。”说这话的人很多。')).toEqual([['speech', null]]);
    expect(read('李明在朋友圈写道：“感谢大家。”')).toEqual([['speech', '李明']]);
    expect(read('王芳总结道：“感谢大家。”')).toEqual([['speech', '王芳']]);
  });

  it('takes no common word beginning with a surname for a name (许多人, 周末, 严格来说)', () => {
    expect(read('许多人表示：“这很好。”')).toEqual([['speech', null]]);
    expect(read('“这很好。”许多人说。')).toEqual([['speech', null]]);
    expect(read('严格来说：“这很好。”')).toEqual([['speech', null]]);
    expect(read('李明今年毕业。周末也来了不少人。“我会回来的。”他说。')).toEqual([['speech', '李明']]);
    expect(read('许海峰说：“这很好。”')).toEqual([['speech', '许海峰']]);
  });

  it('reads where a name after a role ends from how often it comes back, for 他 later', () => {
    expect(read('北京大学学生李明参加了比赛。“我很紧张，”他笑着说，“但是很开心。”\n李明后来拿了冠军。')).toEqual([['speech', '李明'], ['speech', '李明']]);
    expect(read('北京大学学生汪文斌参加了比赛。“我很紧张。”他笑着说。\n汪文斌后来拿了冠军。')).toEqual([['speech', '汪文斌']]);
    expect(read('北京大学学生李明参加了比赛。“我很紧张。”他笑着说。')).toEqual([['speech', null]]);
  });

  it('leaves 他 unknown after two people, and reads a short quoted name as a term', () => {
    expect(read('约翰·史密斯和玛丽·琼斯出席了会议。他说：“这是个好消息。”')).toEqual([['speech', null]]);
    expect(read('为什么不让宇航员来一杯“地球末日”鸡尾酒？')).toEqual([['term', null]]);
  });

  it('reads 他 or 她 in "在她看来" as the one person the sentence before introduced', () => {
    expect(read('林晓是一名乡村教师。在她看来，“教育是点亮一盏灯”。')).toEqual([['speech', '林晓']]);
    expect(read('林晓和周强都是乡村教师。在她看来，“教育是点亮一盏灯”。')).toEqual([['speech', null]]);
  });

  it('reads 道 after any reporting verb as part of it ("感慨道", "坦言道")', () => {
    expect(read('“真的太难了！”说起创业经历，吴昊感慨道。')).toEqual([['speech', '吴昊']]);
    expect(read('吴昊坦言道：“我没想到会这么难。”')).toEqual([['speech', '吴昊']]);
  });

  it('reads a clause about someone the text names, ended by a colon, as introducing that person\'s words', () => {
    expect(read('大学生王磊今年毕业。对于未来，王磊有自己的打算：“先工作两年，再考研。”')).toEqual([['speech', '王磊']]);
    // Not after a comma, and not when the clause is about what belongs to the person.
    expect(read('大学生王磊今年毕业。王磊来到村委会，“欢迎欢迎！”大家纷纷鼓掌。')).toEqual([['speech', null]]);
    expect(read('大学生王磊今年毕业。王磊的手机上弹出一条消息：“明天停课。”')).toEqual([['speech', null]]);
  });

  it('reads a name after "女孩" or "姑娘", roles the lexicon does not list', () => {
    expect(read('“这不是我想要的生活。”95后女孩刘佳佳说。')).toEqual([['speech', '刘佳佳']]);
    expect(read('“我喜欢这里。”四川姑娘陈静说。')).toEqual([['speech', '陈静']]);
  });

  it('reads a subject before a four-character idiom of manner ("一字一句地说") and keeps a three-character name whole', () => {
    expect(read('“我会一直坚持下去。”李明一字一句地说。')).toEqual([['speech', '李明']]);
    expect(read('“我会一直坚持下去。”刘佳佳激动地说。')).toEqual([['speech', '刘佳佳']]);
  });

  it('reads "这是李明常说的一句话" after a quotation as naming who said it', () => {
    expect(read('“每一次失败都是经验。”这是李明常说的一句话。')).toEqual([['speech', '李明']]);
    expect(read('“每一次失败都是经验。”这是一句老话。')).toEqual([['speech', null]]);
  });

  it('gives an answer to its speaker and the question to no one ("记者问：“…？”李明答：“…”")', () => {
    expect(read('记者问：“你后悔吗？”李明答：“不后悔。”')).toEqual([['speech', null], ['speech', '李明']]);
    expect(read('记者问：“你后悔吗？”李明说：“不后悔。”')).toEqual([['speech', null], ['speech', '李明']]);
  });

  it('reads a name before a role that carries a rank ("习近平总书记", "张华副市长")', () => {
    expect(read('“要让每个孩子都有学上。”习近平总书记强调。')).toEqual([['speech', '习近平']]);
    expect(read('张华副市长指出，“城市更新要以人为本”。')).toEqual([['speech', '张华']]);
  });

  it('reads "李明的话" after a quotation as naming who said it, not "李明的话题"', () => {
    expect(read('“青年是国家的未来。”李明的话引起了大家的共鸣。')).toEqual([['speech', '李明']]);
    expect(read('“青年是国家的未来。”老师的话引起了大家的共鸣。')).toEqual([['speech', null]]);
    expect(read('“青年是国家的未来。”李明的话题引起了大家的讨论。')).toEqual([['speech', null]]);
  });

  it('reads a familiar name after a role ending in 主 ("店主小李")', () => {
    expect(read('“这款产品很受欢迎。”店主小李说。')).toEqual([['speech', '小李']]);
  });
});

describe('Chinese descriptions, counted people, settings and honorifics', () => {
  it('reads "这位…的教师" as the one the text has just been about, unless it brought the description in for someone unnamed', () => {
    expect(read('王芳是一名教师。这位45岁的教师说：“教育是一辈子的事。”')).toEqual([['speech', '王芳']]);
    expect(read('李明报警称，一名男子闯入了他家。这名男子说：“我走错了门。”')).toEqual([['speech', null]]);
  });

  it('names no one after a counted role ("许多网友", "一位村民")', () => {
    expect(read('许多网友留言：“太感人了。”')).toEqual([['speech', null]]);
  });

  it('reads past the time between subject and verb ("赛后") and the time clause between the words and their speaker ("获奖后，")', () => {
    expect(read('“我们会继续努力。”国家队主教练李铁赛后表示。')).toEqual([['speech', '李铁']]);
    expect(read('“我很幸运。”获奖后，莫言对记者说。')).toEqual([['speech', '莫言']]);
  });

  it('reads a surname that begins common words as a name with an honorific after it ("高先生")', () => {
    expect(read('高先生说：“我已经等了两个小时。”')).toEqual([['speech', '高先生']]);
    expect(read('高层表示：“我们已经等了两个小时。”')).toEqual([['speech', null]]);
  });
});

describe('Chinese plurals and "正如X所说"', () => {
  it('names no one for a plural subject, whatever adverb follows it ("学生们纷纷表示")', () => {
    expect(read('学生们纷纷表示：“收获很大。”')).toEqual([['speech', null]]);
  });

  it('reads "正如王芳所说：" as Wang Fang\'s words', () => {
    expect(read('正如王芳所说：“我们每个人都是参与者。”')).toEqual([['speech', '王芳']]);
  });
});
