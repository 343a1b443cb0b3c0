/**
 * Who said a quotation in Chinese news. Chinese writes no spaces and no capitals, so the
 * token reader of attribution/ cannot see names in it; this reads the few patterns Chinese
 * news uses instead: a reporting verb right before the quotation with its subject before it
 * ("汉森指出：“…”", "发言人丹尼尔·霍特(Daniel Huot)表示：“…”", "他说：“…”"), or right after
 * it ("“…”，汉森说。"), perhaps with the occasion or the listener between subject and verb
 * ("刘洋在接受采访时表示：", "李红告诉记者："), or a name alone before a colon ("李明：“…”").
 * A subject is a name only when it looks like one: a transliterated name with its middle dot,
 * a Latin-script name, the words after a role or before one ("黄志明教授"), a surname of a full
 * name given earlier, or two or three characters beginning with a common surname. Anything
 * else ("专家认为", experts think) names no one.
 */
import { ZH_COMPOUND_SURNAMES, ZH_CUES, ZH_NOT_NAMES, ZH_OFFICES, ZH_PRONOUN_GENDER, ZH_ROLES, ZH_SURNAMES, ZH_SURNAMES_IN_WORDS, ZH_TELLING, type Gender } from './lexicon';

/**
 * What the subject of a Chinese cue is: a name, a pronoun to resolve, an office its holder named earlier ("创始人"),
 * or a description pointing back to someone, as a pronoun does ("这位45岁的教师").
 */
export type ZhSubject = { name: string } | { pronoun: Gender } | { office: string } | { described: string } | { document: string };

export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/**
 * A transliterated foreign name: its parts joined by a middle dot ("戴夫·汉森"). Some pages
 * mangle the dot into "?" between two characters, where a real question mark would be "？".
 * Nothing in the characters says where the name ends, so only a name followed by its original
 * spelling in parentheses, a reporting verb, or punctuation after a short last part is read
 * ("玛丽·琼斯出席了会议" is not).
 */
const LAST_PART_BEFORE_PUNCTUATION = 5;
const DOTTED_NAME = new RegExp(
  `\\p{Script=Han}{1,8}(?:[·・•?]\\p{Script=Han}{1,8})*[·・•?](?:\\p{Script=Han}{1,8}?(?=[（(]|${ZH_CUES.join('|')})|\\p{Script=Han}{1,${LAST_PART_BEFORE_PUNCTUATION}}(?=[，,。；;：:！？!?、“”「」\\n]|$))`,
  'gu',
);
const DOTS = /[・•?]/g;
const LATIN_NAME = /\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*)*$/u;
/** What a body or a person did that 称 then reports: "回应称", "报道称", "评论称", "发文称", "通报称". */
const HOW_IT_SAID = /(?:回应|回复|答复|报道|报导|评论|发文|通报|声明|公告|分析|证实|确认|透露|表示|指出|强调)$/u;
/** Adverbs between a subject and its verb ("他还说", "汉森进一步指出"). */
const ADVERBS = /(?:进一步|随后|随即|接着|再次|当即|此前|同时|马上|纷纷|一致|很快|迅速|立即|第一时间|这样|如此|还|也|又|则|曾|便|就|都|均)$/u;
/**
 * What stands between a subject and its verb besides adverbs: the occasion ("在接受采访时", "在会上", "答记者问时"),
 * the listener ("对记者", "向中国青年报记者"), the manner ("笑着", "激动地", "一字一句地"; two or four
 * characters before 地, the length of a word or an idiom, after two at least, so that a name before them stays whole).
 */
const SETTING = /(?:在[^，。；]{1,25}?时|受访时|(?:回)?答记者问时?|回答[^，。；]{0,12}?(?:提问|问题)时?|在[^，。；]{1,12}?[上中]|接受[^，。；]{0,20}?采访时?|[对向跟][^，。；]{0,12}?记者|对此事?|笑着|(?<=\p{Script=Han}{2})(?:\p{Script=Han}{2}|\p{Script=Han}{4})地)$/u;
/**
 * When, between a subject and its verb ("王芳昨天在会上表示", "李强12日晚间受访时回应"): Chinese puts the time
 * right after the subject, so a time word also shows where a subject ends ("吴宗宪日前录制节目时称").
 */
const TIME_WORD =
  /(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}[日号]|[赛会事课]后|日前|近日|昨天|今天|前天|当天|昨日|今日|当日|[上本]?周[一二三四五六日末]|星期[一二三四五六日天]|上午|下午|晚间|晚上|早上|中午|凌晨|傍晚|夜间|当晚|[上本下]周/u;
const TIME = new RegExp(`(?:${TIME_WORD.source})$`, 'u');
/** A clause that only says to whom the words were said ("对曾罹患忧郁症的来宾说："): the subject is in the clause before. */
const LISTENER_CLAUSE = /^[对向跟][^，,。；;：:“”「」]{1,20}$/u;
/** Who a telling verb addresses, between it and the quotation ("告诉记者：", "告诉中国青年报·中青在线记者："). */
const ADDRESSEE = /^(?:[^，,。；;：:“”「」]{0,12}?记者|我们|我|笔者|大家)/u;
/** "据李明介绍", "据王芳称", "正如王芳所说": according to whoever the cue's subject is. */
const ACCORDING_TO = /^(?:据|正如|诚如|就像|如同)(?=\p{Script=Han})/u;
/** Quantities before a role ("许多网友", "一位村民", "不少家长"): people counted, never named there. */
const COUNTED = /^(?:许多|不少|很多|一些|有些|有的|部分|众多|多位|多名|几位|几名|一[位名个])/u;
/** "学生们", "家长们": a plural ending a clause, never a name. */
const PLURAL = /们$/u;
/** "这位", "这名", "该名": a demonstrative before a description points back to someone the text named. */
const DEMONSTRATIVE = /^(?:这位|这名|该名|此位|该(?!公司|集团|机构|部门|单位))/u;
/** Words ending a modifier before a name ("今年21岁的吴亮"): the name follows the last of them. */
const MODIFIER_END = '的';
/** A parenthesis after a name gives its original spelling ("丹尼尔·霍特(Daniel Huot)"). */
const PARENTHESIS = /[（(][^（）()]*[)）]$/u;
/** Where a clause begins: the subject of a cue is never before one of these. */
const CLAUSE_BREAK = /[，,。；;：:！？!?、“”「」『』\n]/u;
/** Where a sentence turns to another clause of its own, often about someone else. */
const SEMICOLON = /[；;]/u;
/** After a cue: the quotation follows, after a colon or a comma, or the clause or sentence ends. */
const AFTER_CUE = /^\s*(?:[：:，,。.！!]|$)/u;
/** A cue closing its sentence on what it answered ("回答了记者的提问。", "回应了网友的质疑。"): the sentence reports someone's answer. */
const ANSWERED = /^了?[^，,。；;：:“”「」]{0,12}?(?:提问|问题|质疑|关切|批评|传闻)\s*(?:[。.！!]|$)/u;
/**
 * A cue closing the sentence after a quotation, or before its second part: "“…”，他说。", "“…”汉森表示。",
 * "“…，”何军说，“…”" (the text read stops at the next quotation, so a comma may end it).
 */
const CLOSES_SENTENCE = /^\s*(?:[。.！!]|[，,]\s*(?:[“「]|$)|$)/u;
/**
 * A quotation that is a sentence of its own, its closing punctuation inside the marks ("“…。”", "“…！”"):
 * after it, subject and cue may go on with more of the speaker's words ("“…。”姚建廷说，航天科技是…"). A term
 * ("“双减”政策负责人李明表示，…") has no such ending.
 */
const ENDS_SENTENCE = /[。！？!?…]\s*$/u;
/**
 * Who said the words just quoted, named after them: "说这话的是…", "说这番话的，是…", "这是李明常说的一句话", "李明的话
 * 引起了共鸣" (the group holds the speaker).
 */
const SAID_BY = [
  /^说(?:这|此|这番|这些|这句)?话的(?:人)?[，,]?是([^，,。；;！!？?“”「」]{2,30})(?=[。，,；;！!]|$)/u,
  /^(?:这|这句话|这番话)(?:就|正|也)?是([^，,。；;！!？?“”「」的]{2,20}?)(?:常|经常|常常|总|总是|一直|时常|最常|最爱)?(?:说|讲|挂在嘴边)的(?:一句)?话/u,
  // Not 话题, 话筒, 话费: words that begin with 话.
  /^([^，,。；;！!？?“”「」的]{2,20}?)的(?:这番|这句|这些|一番|一句)?话(?![题筒费剧])/u,
];
/** A topic phrase and its comma ("谈及未来，", "对此，", "说起家乡，"). */
const TOPIC = /^(?:(?:谈及|谈到|谈起|说起|提到|提及|提起|对于|关于|面对|对此|至于|回忆起|回想起|回首)[^，,。；;“”「」]{0,20}|[^，,。；;“”「」]{1,20}[后时])[，,]\s*/u;
/** "，" and more after the cue: the sentence goes on, most often with more of the speaker's words in reported speech. */
const GOES_ON = /^\s*[，,]\s*\p{Script=Han}/u;
const NAME_LENGTH = { min: 2, max: 3 };

/** Prepositions and conjunctions that run into a name's first part ("在和尼尔·阿姆斯特朗" is 尼尔·阿姆斯特朗). */
const BEFORE_NAME = /^[在和与对被向把跟同及]+(?=\p{Script=Han}{2})/u;

/** A dotted name as written, without the role or the little words before it ("教授戴夫·汉森" is 戴夫·汉森) and with a true middle dot. */
function dottedName(match: string): string {
  const first = match.search(/[·・•?]/u);
  const afterRole = Math.max(0, ...ZH_ROLES.map((r) => match.slice(0, first).lastIndexOf(r)).map((at, i) => (at >= 0 ? at + ZH_ROLES[i].length : 0)));
  return match.slice(afterRole).replace(BEFORE_NAME, '').replace(DOTS, '·');
}

const dottedNames = (text: string) => [...text.matchAll(DOTTED_NAME)].map((m) => dottedName(m[0])).filter((n) => !n.startsWith('·'));

/** Words that begin a predicate after its subject ("李明是…", "王芳今年…", "汉森表示"). */
const PREDICATE_WORDS = `${ZH_CUES.join('|')}|是|在|今年|已经|正在|一直|每天|目前|曾|也|还|都|就|${TIME_WORD.source}`;
/** What may follow a name: a clause break, a predicate ("学生李明在…", "教授张伟是…"), or a word joining it to more ("和", "的", "对"). */
const AFTER_NAME = `[，,。；;：:、（(]|${PREDICATE_WORDS}|从|和|与|的|对|向`;
/** A role and the two or three characters of a name after it, where the name visibly ends ("北京大学学生李明。"). */
const ROLE_NAME = new RegExp(`(?:${ZH_ROLES.join('|')})(\\p{Script=Han}{${NAME_LENGTH.min},${NAME_LENGTH.max}}?)(?=${AFTER_NAME})`, 'gu');

/**
 * The people a Chinese text names: transliterated full names ("戴夫·汉森"), names after a role
 * ("学生李明"), and the subjects of its reporting verbs ("王芳说"). A later surname alone ("汉森")
 * or a pronoun refers to them.
 */
function namesIn(text: string): string[] {
  const dotted = dottedNames(text);
  // Only a name beginning with a common surname: after a role may also come an adverb or a noun ("专家随后", "宇航员身体").
  const afterRole = [...text.matchAll(ROLE_NAME)].map((m) => m[1]).filter((n) => isShortName(n, false));
  const speaking = cuesIn(text).flatMap(({ at }) => {
    const s = subjectOfClause(clauseBefore(text, at), dotted);
    return s && 'name' in s ? [s.name] : [];
  });
  return [...new Set([...dotted, ...afterRole, ...repeatedAfterRole(text), ...speaking])];
}

/** A role and the three characters after it, whatever follows ("学生李明参加了比赛"). */
const ROLE_THEN_THREE = new RegExp(`(?:${ZH_ROLES.join('|')})(\\p{Script=Han}{${NAME_LENGTH.max}})`, 'gu');
const occurrences = (text: string, word: string) => text.split(word).length - 1;

/**
 * A name after a role where nothing shows where it ends ("北京大学学生李明参加了比赛"): a name comes back in
 * the text, the characters after it do not. The two characters are the name when they occur more often than
 * the three; the three when both occur as often, more than once.
 */
function repeatedAfterRole(text: string): string[] {
  return [...text.matchAll(ROLE_THEN_THREE)].flatMap((m) => {
    const three = m[1];
    const two = three.slice(0, NAME_LENGTH.min);
    const [n2, n3] = [occurrences(text, two), occurrences(text, three)];
    if (n3 >= 2 && n2 === n3 && isShortName(three, false)) return [three];
    if (n2 > n3 && n2 >= 2 && isShortName(two, false)) return [two];
    return [];
  });
}

/** The verb that makes a noun of the cue after it ("作出回应", "做出了答复"). */
const MAKING = /(?:作出|做出)了?$/u;

/** A clause without what stands between a subject and its verb at its end: adverbs, occasion, time, original spelling, manner of saying. */
function withoutSetting(clause: string): string {
  let c = clause.trim();
  for (let was = ''; was !== c; ) {
    was = c;
    c = c.replace(ADVERBS, '').replace(MAKING, '').replace(SETTING, '').replace(TIME, '').replace(PARENTHESIS, '').replace(HOW_IT_SAID, '').trim();
  }
  return c;
}

/** The name or pronoun a clause ending right before a cue is about, or undefined when it names no one clearly. */
function subjectOfClause(clause: string, fullNames: readonly string[]): ZhSubject | undefined {
  // "声明称", "公告中写道": the words of whoever issued that text.
  const document = DOCUMENT.exec(clause.trim());
  if (document) return { document: document[1] };
  const whole = withoutSetting(clause);
  // "许多网友留言", "一位村民告诉记者", "学生们表示": people counted, not named; no name follows their role.
  if (COUNTED.test(whole) || PLURAL.test(whole)) return undefined;
  const c = whole.slice(whole.lastIndexOf(MODIFIER_END) + 1).replace(ACCORDING_TO, '');
  if (!c) return undefined;
  // "这位45岁的教师说": the one the text has just been about, as 她 or 他 would be.
  if (DEMONSTRATIVE.test(whole) && (ZH_ROLES.some((r) => c.endsWith(r)) || ROLE_TAIL.test(c.at(-1)!))) return { described: c.replace(DEMONSTRATIVE, '') };
  const pronoun = ZH_PRONOUN_GENDER.get(c);
  if (pronoun) return { pronoun };
  const dotted = [...c.matchAll(DOTTED_NAME)].at(-1);
  if (dotted && dotted.index + dotted[0].length === c.length) return { name: dottedName(dotted[0]) };
  const latin = LATIN_NAME.exec(c);
  if (latin) return { name: latin[0] };
  // The role ending last, the longest of those ending there ("博士生", not "博士", before "泰勒斯").
  const role = ZH_ROLES.map((r) => ({ r, at: c.lastIndexOf(r) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => b.at + b.r.length - (a.at + a.r.length) || b.r.length - a.r.length)[0];
  let rest = role ? c.slice(role.at + role.r.length) : c;
  // "护士长刘芳", "快递员张伟": a longer role than the one listed; the name is the rest after its last character.
  if (role && rest.length === NAME_LENGTH.max && ROLE_TAIL.test(rest[0]) && isShortName(rest.slice(1), false)) rest = rest.slice(1);
  // "汉森" after "戴夫·汉森": the surname of someone named in full.
  const full = fullNames.find((f) => f.endsWith(`·${rest}`));
  if (full) return { name: full };
  if (isShortName(rest, !!role)) return { name: rest };
  // "黄志明教授", "清华大学李明教授": a role after the name; the name is the last two or three characters before it.
  if (role && !rest) {
    // "习近平总书记", "张华副市长": a rank before the listed role is part of the role, not of the name.
    const before = c.slice(0, role.at).replace(RANK, '');
    const name = [NAME_LENGTH.max + 1, NAME_LENGTH.max, NAME_LENGTH.min].map((n) => before.slice(-n)).find((n) => isShortName(n, false));
    if (name) return { name };
    // "李老师", "王教授": a surname with the role is how the text names the person.
    if (ZH_SURNAMES.has(before)) return { name: before + role.r };
    // "创始人表示", "该公司发言人称": the office alone stands for the one who holds it.
    if (ZH_OFFICES.has(role.r)) return { office: role.r };
  }
  const titled = titledName(c);
  if (titled) return { name: titled };
  // "李明一边走一边" and, after a role, "村支书李明一边走一边": a name told how it spoke.
  const lead = leadingName(c, fullNames) ?? (role ? leadingName(rest, fullNames) : undefined);
  if (lead) return { name: lead };
  const organisation = ORGANISATION.exec(c);
  if (organisation && !GENERIC_BODIES.has(c) && !ANY_ONE.test(c)) return { name: c };
  return nameBeforeTime(c, fullNames);
}

/** "吴宗宪日前录制节目时", "艺人吴宗宪12日晚间…": the name right before the first time word, when the words before it are one. */
function nameBeforeTime(c: string, fullNames: readonly string[]): ZhSubject | undefined {
  const time = TIME_WORD.exec(c);
  if (!time || time.index === 0) return undefined;
  const subject = subjectOfClause(c.slice(0, time.index), fullNames);
  return subject && 'name' in subject ? subject : undefined;
}

/**
 * A body that speaks for itself ("外交部表示", "国家卫生健康委在通知中说", "新华社报道称"): a name of two
 * characters or more before the word for its kind. Which body "该公司" or "当地政府" is, the clause does not say.
 */
const ORGANISATION =
  /^(?:新华社|中新社|中央社|\p{Script=Han}{2,14}?(?:部|委|局|署|厅|院|中心|集团|公司|银行|政府|协会|学会|商会|委员会|联合会|基金会|组织|通讯社|日报|电视台|研究所|大学|学院|办公室))$/u;
/** Words for a body that name none in particular. */
const GENERIC_BODIES = new Set(['俱乐部', '研究院', '研究所', '委员会', '联合会', '基金会', '指挥部', '居委会', '村委会', '管委会', '公安局', '派出所', '法院', '检察院', '医院', '学院', '大学']);
/** Determiners and vague words before a body: "该公司", "当地政府", "一些企业", "有关部门". */
const ANY_ONE = /^(?:该|这|那|此|本|各|其|多|某|一些|一家|一个|有关|相关|不少|部分|个别|当地|地方|上级|涉事|所在|这家|那家|两|几)/u;

/**
 * How someone speaks, between the name and the cue ("李明一边整理货架一边说", "李明开玩笑说", "李明笑了笑说",
 * "李明一脸自豪地说"): the name opens the clause.
 */
const MANNER =
  /^(?:在|当时|事后|后来|如此|总结|直言不讳|感慨万千|若有所思|斩钉截铁|毫不犹豫|一边|边走|边说|一脸|满脸|一面|笑了笑|笑|开玩笑|半开玩笑|打趣|调侃|如是|这样|回忆起|回想起|谈起|谈到|说起|提起|激动|动情|指着|拿着|看着|望着|连连|不停|忍不住|反复|再三|认真|坚定|自豪|骄傲|兴奋|高兴|无奈|苦笑|轻声|大声|小声|低声|缓缓|慢慢|默默|平静|坦然|幽默|风趣|语重心长|想了想|顿了顿|点点头|摇摇头|摆摆手)/u;
/** What right after a name makes the clause about someone else or more than one ("李明的妈妈", "李明和王芳", "李明让王芳"). */
const NOT_THE_SPEAKER = /^(?:的|和|与|及|跟|同|让|叫|请|被|把|听|对|向|给)/u;
const MANNER_LENGTH = 20;

/** The name opening a clause whose cue is told how it was spoken: one the text names elsewhere, or any before a word of manner. */
function leadingName(c: string, fullNames: readonly string[]): string | undefined {
  const known = fullNames.filter((f) => c.startsWith(f)).sort((a, b) => b.length - a.length)[0];
  const candidates = known ? [known] : [NAME_LENGTH.min, NAME_LENGTH.max, NAME_LENGTH.max + 1].map((n) => c.slice(0, n)).filter((n) => isShortName(n, false));
  for (const name of candidates) {
    const rest = c.slice(name.length);
    if (!rest || rest.length > MANNER_LENGTH || NOT_THE_SPEAKER.test(rest)) continue;
    if (known || MANNER.test(rest)) return name;
  }
  return undefined;
}

/** "在李明看来，“…”", "在她看来，", "用李明的话说，“…”": the quotation is the view or the words of the one named or meant. */
const IN_VIEW = /(?:在([^，,。；;：:“”「」]{1,20}?)看来|用([^，,。；;：:“”「」]{1,20}?)的话(?:来)?说)[，,：:]?\s*$/u;

/** A rank a role may carry before it ("总书记", "副市长", "前总统", "原部长", "常务副…"). */
const RANK = /(?:常务副|总|副|前|原|代)$/u;

/** Characters that end a role, a title or a tie ("副司长", "航天员", "技师", "博士生", "负责人", "快递小哥", "同事", "丈夫", "母亲", "女孩", "姑娘", "店主"). */
const ROLE_TAIL = /[长员师士生人家官者手工哥姐伙子事友夫妻亲孩娘主]/u;

/**
 * A name after a role the lexicon does not list ("国际合作司副司长姚建廷", "航天员王亚平"): the last three or two
 * characters, beginning with a common surname, right after a character that ends roles.
 */
function titledName(c: string): string | undefined {
  for (const n of [NAME_LENGTH.max + 1, NAME_LENGTH.max, NAME_LENGTH.min]) {
    const name = c.slice(-n);
    if (c.length > n && ROLE_TAIL.test(c[c.length - n - 1]) && isShortName(name, false)) return name;
  }
  return undefined;
}

/** A name right after an office: Latin-script ("创始人 Brendan Alper"), transliterated ("发言人丹尼尔·霍特") or Chinese ("发言人华春莹"). */
const OFFICE_HOLDER = new RegExp(
  `(${[...ZH_OFFICES].join('|')})\\s*(?:(\\p{Lu}[\\p{L}.\\-]*(?: \\p{Lu}[\\p{L}.\\-]*)+)|(${DOTTED_NAME.source})|(\\p{Script=Han}{${NAME_LENGTH.min},${NAME_LENGTH.max}}?)(?=${AFTER_NAME}))`,
  'gu',
);

/** Where a predicate begins after a name ("在发布会上", "是", a cue): the words of a name never do. */
const PREDICATE_START = new RegExp(`(?:${AFTER_NAME})`, 'u');

/** A dotted name ends where its sentence's predicate begins ("约翰·史密斯在发布会上回答" is 约翰·史密斯). */
function dottedHolder(match: string): string {
  const name = match.replace(DOTS, '·');
  const dot = name.lastIndexOf('·');
  const cut = name.slice(dot + 2).search(PREDICATE_START);
  return cut < 0 ? name : name.slice(0, dot + 2 + cut);
}

/** An office right before a common surname: someone is named there, whether or not where the name ends can be read. */
const OFFICE_BEFORE_SURNAME = new RegExp(`(${[...ZH_OFFICES].join('|')})(?=[${[...ZH_SURNAMES].join('')}])`, 'gu');

/**
 * The one person the text names with each office ("Hater 的创始人 Brendan Alper" → 创始人: Brendan Alper). An
 * office named with two people, or with a name whose end cannot be read ("发言人李强出席…"), has no one holder.
 * A Latin-script name needs two words, so that a product or company after the office ("创始人 Hater") is not taken for one.
 */
function officeHoldersIn(text: string): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  const read = new Set<number>();
  for (const m of text.matchAll(OFFICE_HOLDER)) {
    const name = m[2] ?? (m[3] && dottedHolder(m[3])) ?? (isShortName(m[4], false) ? m[4] : undefined);
    if (!name) continue;
    holders.set(m[1], (holders.get(m[1]) ?? new Set()).add(name));
    read.add(m.index);
  }
  for (const m of text.matchAll(OFFICE_BEFORE_SURNAME)) if (!read.has(m.index)) holders.delete(m[1]);
  return new Map([...holders].filter(([, names]) => names.size === 1).map(([office, names]) => [office, [...names][0]]));
}

/** Two or three characters that are a name: after a role, any but a body ("发言人办公室"); otherwise beginning with a common surname. */
const isShortName = (s: string, afterRole: boolean): boolean =>
  isCompoundName(s) ||
  (s.length >= NAME_LENGTH.min &&
    s.length <= NAME_LENGTH.max &&
    /^\p{Script=Han}+$/u.test(s) &&
    (afterRole ? !BODY_END.test(s) : (ZH_SURNAMES.has(s[0]) || isFamiliarName(s) || isHonoured(s)) && !PLACE_END.test(s) && !ZH_NOT_NAMES.has(s.slice(0, 2))));

/** A surname and an honorific ("高先生", "金女士"): a name even when the surname begins common words. */
const isHonoured = (s: string) => s.length === NAME_LENGTH.max && /^.(?:先生|女士|小姐)$/u.test(s) && ZH_SURNAMES_IN_WORDS.has(s[0]);

/** A name of three or four characters beginning with a two-character surname ("欧阳娜娜", "司马南"). */
const isCompoundName = (s: string) =>
  s.length >= NAME_LENGTH.max && s.length <= NAME_LENGTH.max + 1 && /^\p{Script=Han}+$/u.test(s) && ZH_COMPOUND_SURNAMES.some((c) => s.startsWith(c));

/** Endings of the words for a body or an office ("办公室", "秘书处", "新闻局"); given names do not end so. */
const BODY_END = /[室部局委处厅办院所组]$/u;
/** Endings of place names that begin like a surname ("张家口", "杨浦区", "徐州市"); given names do not end so. */
const PLACE_END = /[口庄州市县镇村区省路街]$/u;

/** 小 or 老 before a surname is how people are called familiarly ("小王", "老李"). */
const FAMILIAR = /^[小老]/u;
const isFamiliarName = (s: string) => s.length === NAME_LENGTH.min && FAMILIAR.test(s) && ZH_SURNAMES.has(s[1]);

export interface ZhCue {
  cue: string;
  subject?: ZhSubject;
}

/** 道 after a verb of saying is the written "said" ("感慨道", "坦言道", "介绍道"): part of the cue. */
const WRITTEN_SAID = '道';

/** Every cue in `text` that a colon, a comma or the end follows, with where it starts (longest cue first). */
function cuesIn(text: string): { cue: string; at: number }[] {
  const found: { cue: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const verb = ZH_CUES.find((c) => text.startsWith(c, i));
    if (!verb) continue;
    const cue = text.startsWith(WRITTEN_SAID, i + verb.length) ? verb + WRITTEN_SAID : verb;
    const after = text.slice(i + cue.length);
    if (!AFTER_CUE.test(ZH_TELLING.has(cue) ? after.replace(ADDRESSEE, '') : after) && !ANSWERED.test(after)) continue;
    found.push({ cue, at: i });
    i += cue.length - 1;
  }
  return found;
}

const clauseBefore = (text: string, at: number) => {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1])) start--;
  return text.slice(start, at);
};

/** Someone's answer or reply, told before a colon ("潘功胜的回答很简短：", "教育部的回应是："). */
const ANSWER_BEFORE_COLON = /([^，,。；;：:！？!?“”「」]{2,30}?)的(?:回答|回应|答复|表态|原话)[^，,。；;：:“”「」]{0,6}[：:]\s*$/u;

/** "央行行长潘功胜的回答很简短：“…”": the quotation is the words of the one whose answer it is, when the text names them. */
function answerBeforeColon(before: string, fullNames: readonly string[]): ZhCue | undefined {
  const answer = ANSWER_BEFORE_COLON.exec(before);
  const subject = answer && subjectOfClause(answer[1], fullNames);
  return subject && !('document' in subject) ? { cue: '：', subject } : undefined;
}

/** The cue nearest before a quotation in its sentence (`before`: the sentence up to the opening mark). */
function cueBefore(before: string, fullNames: readonly string[]): ZhCue | undefined {
  const view = IN_VIEW.exec(before);
  if (view) {
    const subject = subjectOfClause(view[1] ?? view[2], fullNames);
    if (subject) return { cue: view[1] ? '看来' : '说', subject };
  }
  const own = cueInOwnClause(before, fullNames) ?? answerBeforeColon(before, fullNames);
  if (own) return own;
  const last = cuesIn(before).at(-1);
  if (!last) return nameBeforeColon(before, fullNames) ?? mannerBeforeQuote(before, fullNames);
  // "何俊仁说，…；议员们则感到“震惊”": after a semicolon the sentence goes on about someone else, so the cue
  // still makes the quotation speech but no longer tells whose.
  if (SEMICOLON.test(before.slice(last.at))) return { cue: last.cue };
  const subject = subjectOfClause(clauseBefore(before, last.at), fullNames) ?? subjectBeforeListener(before, last.at, fullNames);
  return { cue: last.cue, ...(subject ? { subject } : {}) };
}

/**
 * "吴宗宪在主持节目时，对来宾说：", "李明在会上，对记者说：": the clause before the cue only says to whom (or nothing), so
 * the clause before it, when it is a name and the occasion or the time only, gives the subject.
 */
function subjectBeforeListener(before: string, at: number, fullNames: readonly string[]): ZhSubject | undefined {
  const listener = clauseBefore(before, at);
  const rest = withoutSetting(listener);
  const comma = at - listener.length - 1;
  if ((rest && !LISTENER_CLAUSE.test(rest)) || !/[，,]/u.test(before[comma] ?? '')) return undefined;
  const subject = subjectOfClause(clauseBefore(before, comma), fullNames);
  return subject && 'name' in subject ? subject : undefined;
}

/** A cue with a word of naming after it ("称之为", "称作"): what follows is a name, not words said. */
const NAMING = /^(?:之?为|作)/u;

/**
 * A cue in the quotation's own clause, its words running on into the quotation ("吴宗宪称…原因是「不知足」",
 * "黄国健也批评梁振英抱着“不服输”的态度"): the quoted words are the subject's. Inside a run of characters a cue
 * may be part of another word ("李明听说", "小说"), so only a subject the text names elsewhere, or a pronoun, is read.
 */
function cueInOwnClause(before: string, fullNames: readonly string[]): ZhCue | undefined {
  let start = before.length;
  while (start > 0 && !CLAUSE_BREAK.test(before[start - 1])) start--;
  const own = before.slice(start);
  for (let i = 1; i < own.length; i++) {
    const cue = ZH_CUES.find((c) => own.startsWith(c, i));
    if (!cue || i + cue.length >= own.length || NAMING.test(own.slice(i + cue.length))) continue;
    const subject = subjectOfClause(own.slice(0, i), fullNames);
    const known = subject && ('pronoun' in subject || ('name' in subject && fullNames.includes(subject.name)));
    return known ? { cue, subject } : undefined;
  }
  return undefined;
}

/** The clause right before a quotation, ending in a comma or a colon. */
const COLON = /[：:]/u;
const CLAUSE_BEFORE_MARK = /([^，,。；;：:！？!?“”「」]{2,40})([，,：:])\s*$/u;

/**
 * "李明指着新修的公路，“…”", "村支书李明感慨万千：“…”": a clause that shows a named person acting the way people act
 * as they speak (a word of MANNER after the name, perhaps after a role) introduces that person's words. So does any
 * clause about someone the text names that a colon ends ("对于未来，王磊有自己的打算：“…”").
 */
function mannerBeforeQuote(before: string, fullNames: readonly string[]): ZhCue | undefined {
  const m = CLAUSE_BEFORE_MARK.exec(before);
  if (!m) return undefined;
  const clause = m[1];
  const afterRoles = ZH_ROLES.map((r) => clause.indexOf(r)).flatMap((at, i) => (at >= 0 ? [clause.slice(at + ZH_ROLES[i].length)] : []));
  // After a comma only a word of manner, never a mere known name ("李明来到村委会，"), makes the clause an introduction.
  const known = COLON.test(m[2]) ? fullNames : [];
  const name = [clause, ...afterRoles].map((c) => leadingName(c, known)).find(Boolean);
  return name ? { cue: m[2], subject: { name } } : undefined;
}

/** "李明：“…”": a name alone before a colon introduces its words (interviews, transcripts); "记者：" names no one. */
function nameBeforeColon(before: string, fullNames: readonly string[]): ZhCue | undefined {
  const m = /^([^：:]*)[：:]\s*$/u.exec(before.trim());
  if (!m || CLAUSE_BREAK.test(m[1])) return undefined;
  const subject = subjectOfClause(m[1], fullNames);
  return subject && 'name' in subject ? { cue: '：', subject } : undefined;
}

/** How someone is moved by their own words, closing the clause after them ("笑了", "感慨万千", "有些不好意思"). */
const REACTION = /(?:有些|有点|忍不住|不禁)?(?:笑了笑|笑了|感慨万千|感慨不已|不好意思|哽咽了|红了眼眶|叹了口气|沉默了|点了点头|摇了摇头)(?=[。！!，,]|$)/u;

/**
 * "“…。”说起自己的愿望，支教老师王芳笑了。", "“…。”店主刘红有些不好意思。": a sentence in quotation marks, then the one
 * person named showing how the words moved them; the words are theirs. The name must be all there is before the reaction.
 */
function reactionAfter(clause: string, fullNames: readonly string[]): ZhCue | undefined {
  const first = clause.split(CLAUSE_BREAK)[0];
  const reaction = REACTION.exec(first);
  const subject = reaction && subjectOfClause(first.slice(0, reaction.index), fullNames);
  return subject && 'name' in subject ? { cue: reaction[0], subject } : undefined;
}

/** A cue that closes the sentence after a quotation (`after`: the sentence from the closing mark on). */
function cueAfter(after: string, fullNames: readonly string[], quoted = ''): ZhCue | undefined {
  // "“…”谈及未来，李明说。": the topic the words were about, between the quotation and its speaker.
  const clause = after.replace(/^\s*[，,]?\s*/u, '').replace(TOPIC, '');
  // "“…。”说这话的是北京大学学生李明。": the speaker named after the words.
  const saidBy = SAID_BY.map((p) => p.exec(clause)).find(Boolean);
  const by = saidBy && subjectOfClause(saidBy[1], fullNames);
  if (by) return { cue: '说', subject: by };
  const first = cuesIn(clause)[0];
  if (!first) return ENDS_SENTENCE.test(quoted) ? (spokeOf(clause, fullNames) ?? reactionAfter(clause, fullNames)) : undefined;
  // "数控车工、特级技师周敏说": roles listed before a name, not two clauses (nor two people: "李明、王芳说").
  const roles = clause.slice(0, first.at).split(LIST_COMMA);
  const subjectText = roles.at(-1) ?? '';
  if (roles.some((r, i) => CLAUSE_BREAK.test(r) || (i < roles.length - 1 && !endsWithRole(r)))) return undefined;
  const rest = clause.slice(first.at + first.cue.length);
  // "“…，”李明告诉记者。": whom the words were told comes before the sentence closes.
  const told = ZH_TELLING.has(first.cue) ? rest.replace(ADDRESSEE, '') : rest;
  // "“…。”张勇说，合作会…": a sentence in quotation marks, its speaker right after it, who goes on speaking.
  const goesOn = ENDS_SENTENCE.test(quoted) && !/^\s*[，,]/u.test(after) && GOES_ON.test(told);
  if (!CLOSES_SENTENCE.test(told) && !goesOn) return undefined;
  const subject = subjectOfClause(subjectText, fullNames);
  return { cue: first.cue, ...(subject ? { subject } : {}) };
}

/** A name, a verb of talking about something, the topic, and the end of the sentence ("居民杨一飞谈起住院体验赞不绝口。"). */
const SPOKE_OF = /^([^，,。；;！!？?“”「」]{2,30}?)(谈起|谈到|谈及|说起|提起|聊起)[^，,。；;“”「」]{1,30}(?:[。！!]|$)/u;

/** "“…。”居民杨一飞谈起最近一次住院体验赞不绝口。": after words that are a sentence, the one named talking of them said them. */
function spokeOf(clause: string, fullNames: readonly string[]): ZhCue | undefined {
  const m = SPOKE_OF.exec(clause);
  const subject = m && subjectOfClause(m[1], fullNames);
  return subject && 'name' in subject ? { cue: m[2], subject } : undefined;
}

/** The comma of a list ("数控车工、特级技师"). */
const LIST_COMMA = '、';
const endsWithRole = (words: string) => ROLE_TAIL.test(words.at(-1) ?? '') || ZH_ROLES.some((r) => words.endsWith(r));

/**
 * A name opening a clause with its predicate after it ("李明今年大学毕业", "王芳是一名教师"): the clause is
 * about that person. Not before 和 or 与, which join a second person ("李明和王芳都来了").
 */
const CLAUSE_SUBJECT = new RegExp(`^(\\p{Script=Han}{${NAME_LENGTH.min},${NAME_LENGTH.max}}?)(?=${PREDICATE_WORDS})`, 'u');

/**
 * The people a Chinese sentence introduces by full name or shows speaking or thinking
 * ("教授戴夫·汉森研究…", "汉森认为，…"): who a later 他 or 她 may be.
 */
function actorsIn(sentence: string, fullNames: readonly string[]): string[] {
  const subjects = sentence.split(CLAUSE_BREAK).flatMap((clause) => {
    const m = CLAUSE_SUBJECT.exec(clause.trim());
    return m && isShortName(m[1], false) ? [m[1]] : [];
  });
  const speaking = cuesIn(sentence)
    .map(({ at }) => subjectOfClause(clauseBefore(sentence, at), fullNames))
    .flatMap((s) => (s && 'name' in s ? [s.name] : []));
  const written = sentence.replace(DOTS, '·');
  const named = [...dottedNames(sentence), ...fullNames.filter((f) => written.includes(f))];
  // "李娜回忆起与教练姜山的第一次见面": a person the subject acts with or on is not who goes on speaking.
  const acting = subjects.length + speaking.length > 0 ? named.filter((n) => !isObjectIn(written, n)) : named;
  return [...new Set([...acting, ...speaking, ...subjects])];
}

/** A word that makes the name after it (and its role) an object ("与教练姜山", "见到了刘洋", "向李娜"). */
const BEFORE_OBJECT = /[与和跟同对向把给被将了]$/u;

/** True when the name's first mention in the sentence follows a preposition or a completed verb, its role aside. */
function isObjectIn(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at <= 0) return false;
  const before = sentence.slice(0, at);
  const role = ZH_ROLES.find((r) => before.endsWith(r));
  return BEFORE_OBJECT.test(role ? before.slice(0, -role.length) : before);
}

/**
 * Taiwan and Hong Kong write traditional characters ("陳美玲說", "發言人", "立委"): the text is read with the
 * characters of the words looked for simplified, one character for one, and the names found are given back as
 * the page writes them. "‧" is the middle dot of some traditional pages ("唐納‧川普").
 */
const TRADITIONAL = '專業兩嚴個麗樂喬習鄉書亞們會偉體馮減幾劉則創別動醫華協盧衛廠廳縣雙發葉嘆歎籲後呂吳員聽團國堅聲處復複覆頭奮媽婁孫學實對層歲鞏師莊應龐張強當憶態總願戲執護報揮據擺搖數時楊檢欒樣歐畢漢湯濟滿點為這進連遲運還邊遞鄧鄔鄒鄭鍾鐘鈕錢銀鎮長門閆問閔閻隊陽際陸陳隨韋韓項顧頓顏風饒馬驕魯鮑黃龔聶臉蘇瑩蕭蔣藍補視計認讓議訊記許設訪證評訴話該語說請諸調談謝譚負責貨賀賈賴趙車軒輕輸轅統織組經給紹緩練級紀線約紅網羅聯蘭關興軍寫區開無來獨瑪瓊電稱筆釋聞監確與著採於導溫竇夥靜闆臺颱務傳辦東爾裡麼週鄰親見觀覺講讀誰課識試詢間‧';
const SIMPLIFIED = '专业两严个丽乐乔习乡书亚们会伟体冯减几刘则创别动医华协卢卫厂厅县双发叶叹叹吁后吕吴员听团国坚声处复复复头奋妈娄孙学实对层岁巩师庄应庞张强当忆态总愿戏执护报挥据摆摇数时杨检栾样欧毕汉汤济满点为这进连迟运还边递邓邬邹郑钟钟钮钱银镇长门闫问闵阎队阳际陆陈随韦韩项顾顿颜风饶马骄鲁鲍黄龚聂脸苏莹萧蒋蓝补视计认让议讯记许设访证评诉话该语说请诸调谈谢谭负责货贺贾赖赵车轩轻输辕统织组经给绍缓练级纪线约红网罗联兰关兴军写区开无来独玛琼电称笔释闻监确与着采于导温窦伙静板台台务传办东尔里么周邻亲见观觉讲读谁课识试询间·';
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((t, i) => [t, SIMPLIFIED[i]]));
const TRADITIONAL_CHARS = new RegExp(`[${TRADITIONAL}]`, 'gu');
const hasTraditional = (text: string) => text.search(TRADITIONAL_CHARS) >= 0;
const simplified = (text: string) => text.replace(TRADITIONAL_CHARS, (c) => TO_SIMPLIFIED.get(c) ?? c);
const ANY_DOT = /[・•?‧]/gu;

/** `text` and `fullNames` as the readers above read them, and how to give a name found back as the page writes it. */
function inSimplified(text: string, fullNames: readonly string[] = []) {
  if (!hasTraditional(text) && !fullNames.some(hasTraditional)) return { text, names: fullNames, written: (name: string) => name };
  const read = simplified(text);
  const searchable = read.replace(ANY_DOT, '·');
  const known = new Map(fullNames.map((f) => [simplified(f), f]));
  const written = (name: string, last = false) => {
    const full = known.get(name);
    if (full) return full;
    const at = last ? searchable.lastIndexOf(name) : searchable.indexOf(name);
    return at < 0 ? name : text.slice(at, at + name.length).replace(ANY_DOT, '·');
  };
  return { text: read, names: [...known.keys()], written };
}

const writtenCue = (cue: ZhCue | undefined, written: (name: string, last?: boolean) => string, last: boolean): ZhCue | undefined =>
  cue && { ...cue, cue: written(cue.cue, last), ...(cue.subject && 'name' in cue.subject ? { subject: { name: written(cue.subject.name, last) } } : {}) };

/** Punctuation inside a quotation that makes it more than a phrase: a name or a slogan has none (a list of them, "、"). */
const CLAUSE_PUNCTUATION = /[，,。；;：:！？!?…]/u;
/**
 * Words that introduce a name, a slogan or a written text rather than words said: "称之为", "被称为", "名为", "所谓",
 * "横幅", "标语", "口号" (the Chinese of INTRODUCES_TERM in detect.ts).
 */
const INTRODUCES_NAME = /(?:称之为|称为|称作|叫做|叫作|名为|名叫|号称|俗称|简称|昵称|誉为|所谓的?|题为|横幅|标语|口号|字样)$/u;
/** Characters after a quotation that tie it to the rest of its clause as a modifier ("“不服输”的态度") or an adverb: not a noun it names. */
const MODIFIER_TIE = /^[的地得]/u;

/**
 * A phrase in quotation marks that names something rather than reports words ("共建“一带一路”和…", "“雪亮乡村”建设",
 * "发射了通信卫星“图帕克・卡塔里”星", "横幅“沉痛悼念…”"): a name, a slogan, a term. It is one when words of naming
 * come before it, when a word follows it right after the mark with no cue in the rest of its clause (the quotation
 * is part of a noun or a list: "…”模式", "…”和“…”"), or when no cue reads it and it stands inside a run of characters
 * ("秉持“…”的原则"). A short quotation closing a clause ("让他“震惊”；") or tied to a noun by 的 under a cue
 * ("批评…抱着“不服输”的态度") stays speech. `before` and `after` are the text of its paragraph around the marks.
 */
export function isChineseTerm(before: string, quoted: string, after: string, cued: boolean): boolean {
  const q = simplified(quoted.trim());
  if (!hasHan(q) || ENDS_SENTENCE.test(q) || CLAUSE_PUNCTUATION.test(q)) return false;
  const [b, a] = [simplified(before.trimEnd()), simplified(after)];
  if (INTRODUCES_NAME.test(b)) return true;
  const clauseAfter = a.split(CLAUSE_BREAK)[0];
  const partOfNoun = /^\p{Script=Han}/u.test(clauseAfter) && !MODIFIER_TIE.test(clauseAfter) && !ZH_CUES.some((c) => clauseAfter.includes(c));
  return partOfNoun || (!cued && /\p{Script=Han}$/u.test(b));
}

/**
 * The people a Chinese text names: transliterated full names ("戴夫·汉森"), names after a role
 * ("学生李明"), and the subjects of its reporting verbs ("王芳说"). A later surname alone ("汉森")
 * or a pronoun refers to them.
 */
export function chineseNames(text: string): string[] {
  const zh = inSimplified(text);
  return [...new Set(namesIn(zh.text).map((n) => zh.written(n)))];
}

/** The one person the text names with each office ("Hater 的创始人 Brendan Alper" → 创始人: Brendan Alper); see officeHoldersIn. */
export function chineseOfficeHolders(text: string): Map<string, string> {
  const zh = inSimplified(text);
  return new Map([...officeHoldersIn(zh.text)].map(([office, name]) => [office, zh.written(name)]));
}

/** The cue nearest before a quotation in its sentence (`before`: the sentence up to the opening mark). */
export function chineseCueBefore(before: string, fullNames: readonly string[]): ZhCue | undefined {
  const zh = inSimplified(before, fullNames);
  return writtenCue(cueBefore(zh.text, zh.names), zh.written, true);
}

/** A cue that closes the sentence after a quotation (`after`: the sentence from the closing mark on; `quoted`: the quotation). */
export function chineseCueAfter(after: string, fullNames: readonly string[], quoted = ''): ZhCue | undefined {
  const zh = inSimplified(after, fullNames);
  return writtenCue(cueAfter(zh.text, zh.names, simplified(quoted)), zh.written, false);
}

/** A text issued by a body or a person, speaking for it ("声明称", "通报指出", "公告中写道"). */
const DOCUMENT = /^(声明|公告|通报|通告|通知|公开信|回应函|回函|说明)[中里]?$/u;
/** Verbs of issuing a text ("发布声明", "发表了一份公开信", "印发通知"). */
const ISSUING = '(?:发布|发表|发出|公布|印发|下发|出具|公开)了?';

/**
 * Who issued the text a later "声明称" speaks for: the subject of the last clause before that issued one
 * ("华为公司周一发布声明"), when that subject is named; "网上流传一份声明" names no one.
 */
export function chineseIssuerOf(before: string, document: string, fullNames: readonly string[]): string | undefined {
  const zh = inSimplified(before, fullNames);
  const issued = new RegExp(`([^，,。；;：:！？!?“”「」\\n]{2,30}?)${ISSUING}[^，,。；;：:“”「」]{0,12}?${simplified(document)}`, 'gu');
  const last = [...zh.text.matchAll(issued)].at(-1);
  const subject = last && subjectOfClause(last[1], zh.names);
  return subject && 'name' in subject ? zh.written(subject.name) : undefined;
}

/** What a clause says its subject is ("刘明是一名外卖骑手", "陈红担任校长"): the words after the verb of being. */
const BEING = /^(?:是|为|担任|作为|身为|成为)/u;

/**
 * What the text says each person is: the predicate of "X是…" ("王芳是一名教师"), the role before a name ("教练姜山"),
 * the role after a surname ("张教授"). "这位教师" refers to the one the text made a teacher, whoever was named since.
 */
function descriptionsIn(text: string, fullNames: readonly string[]): Map<string, string[]> {
  const said = new Map<string, string[]>();
  const add = (name: string, what: string) => said.set(name, [...(said.get(name) ?? []), what]);
  for (const clause of text.split(CLAUSE_BREAK)) {
    const c = clause.trim();
    const m = CLAUSE_SUBJECT.exec(c);
    const known = fullNames.find((f) => c.startsWith(f));
    const name = known ?? (m && isShortName(m[1], false) ? m[1] : undefined);
    const rest = name ? c.slice(name.length).replace(TIME, '') : '';
    if (name && BEING.test(rest)) add(name, rest.replace(BEING, ''));
  }
  for (const m of text.matchAll(ROLE_NAME)) if (isShortName(m[1], false)) add(m[1], m[0].slice(0, -m[1].length));
  for (const m of text.matchAll(SURNAME_THEN_ROLE)) if (ZH_SURNAMES.has(m[1])) add(m[0], m[2]);
  return said;
}

/** A surname and a role after it, opening a run of characters ("张教授在会上发言"): how the text names that person. */
const SURNAME_THEN_ROLE = new RegExp(`(?<!\\p{Script=Han})(\\p{Script=Han})(${[...ZH_ROLES].sort((a, b) => b.length - a.length).join('|')})`, 'gu');

/**
 * Whom "这位骑手" or "该教授" means by what the text said they are: the one person it described so, or undefined
 * when it described no one so (`none`) or more than one (`many`).
 */
export function chinesePeopleDescribedAs(text: string, noun: string, fullNames: readonly string[]): { holders: string[]; described: Set<string> } {
  const zh = inSimplified(text, fullNames);
  const said = descriptionsIn(zh.text, zh.names);
  const head = simplified(noun);
  return {
    holders: [...said].filter(([, whats]) => whats.some((w) => w.endsWith(head))).map(([n]) => zh.written(n)),
    described: new Set([...said.keys()].map((n) => zh.written(n))),
  };
}

/** Words that give the gender of the name right after them ("他的妻子李梅", "女儿王芳") or before them ("李梅女士"). */
const KIN_BEFORE: readonly [string, Gender][] = [
  ['妻子|母亲|妈妈|女儿|姐姐|妹妹|奶奶|外婆|女友|女孩|姑娘|阿姨|大妈|太太|儿媳', 'f'],
  ['丈夫|父亲|爸爸|儿子|哥哥|弟弟|爷爷|外公|男友|男孩|小伙|大爷|大叔|女婿', 'm'],
];
const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([['女士', 'f'], ['小姐', 'f'], ['先生', 'm']]);
/** Each word of kinship or age and the name right after it, with the gender it tells. */
const KIN_THEN_NAME = KIN_BEFORE.map(([words, gender]) => [new RegExp(`(?:${words})(\\p{Script=Han}{${NAME_LENGTH.min},${NAME_LENGTH.max}}?)(?=${AFTER_NAME})`, 'gu'), gender] as const);

/**
 * The gender the text gives the people it names: by a word of kinship or age before the name, or an honorific
 * ("李梅女士", "高先生"). Chinese names alone tell none. A name given both keeps neither.
 */
export function chineseGenders(text: string): Map<string, Gender> {
  const zh = inSimplified(text);
  const genders = new Map<string, Gender | null>();
  const give = (name: string, g: Gender) => genders.set(name, genders.has(name) && genders.get(name) !== g ? null : g);
  for (const [kinThenName, gender] of KIN_THEN_NAME) for (const m of zh.text.matchAll(kinThenName)) if (isShortName(m[1], false)) give(m[1], gender);
  for (const m of zh.text.matchAll(/(\p{Script=Han})(女士|小姐|先生)/gu)) if (isHonoured(m[0])) give(m[0], HONORIFIC_GENDER.get(m[2])!);
  return new Map([...genders].flatMap(([n, g]) => (g ? [[zh.written(n), g] as [string, Gender]] : [])));
}

/** The people a Chinese sentence introduces by full name or shows speaking or thinking: who a later 他 or 她 may be. */
export function chineseActors(sentence: string, fullNames: readonly string[]): string[] {
  const zh = inSimplified(sentence, fullNames);
  return [...new Set(actorsIn(zh.text, zh.names).map((n) => zh.written(n)))];
}
