"""Round 21, "who threatens whom" by word classes: the other side, our side, a judgement, a cost,
a response, a threat, the future, a condition, a cause laid on them, "cannot / will not allow",
and their pairs, English and Russian, in a weighted logistic model. Usage, from the repository
root: python3 extract-service/eval/round21/wordclasses.py sentences.tsv (README.md here)."""
import re
import sys

import numpy as np

from common import additions, load, leave_one_set_out, train


def P(s):
    return re.compile(s, re.I | re.U)


EN={
 'they': P(r"\b(they|them|their|theirs|themselves)\b"),
 'west': P(r"\b(west|western|europe|european|europeans|eu|us|u\.s\.|united states|america|american|americans|washington|nato|alliance|g7|brussels|london|kiev|kyiv|kiev regime|unfriendly countries|our (western )?(partners|colleagues|opponents)|those who|some countries|certain countries)\b"),
 'we': P(r"\b(we|our|russia|russia's)\b"),
 'neg_eval': P(r"\b(mistakes?|mistaken|errors?|erroneous|wrong|stupid\w*|crazy|thoughtless|short-sighted|irresponsib\w*|miscalculat\w*|false|fail\w*|suicidal|absurd\w*|senseless|pointless|foolish|reckless|illegitimate|illegal|unacceptable|counterproductive|beyond the pale|nonsense|blunders?|myopic|na[iï]ve|delusion\w*|illusion\w*|arrogan\w*|madness|insane|unthinking|dead end|futile)\b"),
 'cost': P(r"\b(loss|losses|lose|losing|lost|damag\w*|hurt\w*|harm\w*|blow|problems|crisis|inflation|prices?|declin\w*|collaps\w*|famine|worse|suffer\w*|ruin\w*|destroy\w*|burst|pay|paying|cost\w*|expensive|shortages?|unemployment|bankrupt\w*|recession|chaos|migration|defeat)\b"),
 'respond': P(r"\b(respond\w*|responses?|reciprocat\w*|retaliat\w*|counter\w*|measures|restrictions?|ban|deploy\w*|firmly|deterren\w*|reduce|closing|punish\w*|answer)\b"),
 'threat': P(r"\b(consequences|threats?|danger\w*|risks?|escalat\w*|catastroph\w*|war)\b"),
 'future': P(r"\b(will|would|shall|inevitabl\w*|sooner or later|eventually|going to)\b|'ll\b"),
 'cond': P(r"\b(if|unless|should they|in case)\b"),
 'cause': P(r"\b(because of|due to|as a result|result of|their own|themselves|all by|on them|responsibility|fault)\b"),
 'neg_modal': P(r"\b(cannot|can't|will not|won't|must not|not allow|no right|never accept|not tolerate|not accept|not let)\b"),
}
RU={
 'they': P(r"(?<!\w)(они|их|им|ими|них|ним|сами|себе|себя)(?!\w)"),
 'west': P(r"(?<!\w)(запад\w*|европ\w*|ес|сша|америк\w*|вашингтон\w*|нато|альянс\w*|брюссел\w*|лондон\w*|киев\w*|недружеств\w*|наши партнёр\w*|наши партнер\w*|коллег\w*|те, кто|некоторые страны)(?!\w)"),
 'we': P(r"(?<!\w)(мы|нас|нам|наш\w*|россия|россии|российск\w*)(?!\w)"),
 'neg_eval': P(r"(?<!\w)(ошиб\w*|ошибочн\w*|неправильн\w*|глуп\w*|безумн\w*|недальновид\w*|безответствен\w*|просчит\w*|просчёт\w*|ложн\w*|провал\w*|провалил\w*|самоубийствен\w*|абсурд\w*|бессмыслен\w*|нелегитимн\w*|незаконн\w*|недопустим\w*|контрпродуктив\w*|тупик\w*|иллюзи\w*|пагубн\w*)(?!\w)"),
 'cost': P(r"(?<!\w)(потер\w*|убыт\w*|ущерб\w*|вред\w*|удар\w*|проблем\w*|кризис\w*|инфляц\w*|цен\w*|спад\w*|обвал\w*|голод\w*|хуже|страда\w*|разруш\w*|плат\w*|заплат\w*|дорож\w*|дефицит\w*|безработиц\w*|банкрот\w*|рецесси\w*|хаос\w*|поражени\w*|бьют|бьёт)(?!\w)"),
 'respond': P(r"(?<!\w)(ответ\w*|ответим|зеркальн\w*|контрмер\w*|мер\w*|ограничени\w*|запрет\w*|размест\w*|жёстк\w*|жестк\w*|сдерживан\w*|наказ\w*|возмезд\w*)(?!\w)"),
 'threat': P(r"(?<!\w)(последстви\w*|угроз\w*|опасн\w*|риск\w*|эскалац\w*|катастроф\w*|войн\w*)(?!\w)"),
 'future': P(r"(?<!\w)(будет|будут|будем|придётся|придется|неизбежно|рано или поздно|станет|станут)(?!\w)"),
 'cond': P(r"(?<!\w)(если|в случае)(?!\w)"),
 'cause': P(r"(?<!\w)(из-за|в результате|сами|своими руками|собственн\w*|на них|ответственност\w*|вин\w*)(?!\w)"),
 'neg_modal': P(r"(?<!\w)(не можем|не позволим|не допустим|не допуст\w*|не имеем права|не приемлем|никогда не)(?!\w)"),
}
PAIRS=[('they','neg_eval'),('west','neg_eval'),('they','cost'),('west','cost'),('we','respond'),('respond','future'),('we','future'),
       ('cond','respond'),('cond','cost'),('cond','threat'),('neg_modal','we'),('cause','cost'),('cause','neg_eval'),('threat','future'),('cost','future'),('they','future')]
def features(r):
    """The word classes a sentence holds, their pairs, and a few facts about it."""
    lang=r[2]; t=r[6]; L=EN if lang=='en' else RU
    b={k:(1 if L[k].search(t) else 0) for k in EN}
    f=[b[k] for k in EN]+[b[a]*b[c] for a,c in PAIRS]
    f+=[1 if t.rstrip().endswith('?') else 0, 1 if r[5]=='JOURNALIST' else 0, 1 if lang=='ru' else 0,
        1 if len(t)<60 else 0, 1 if len(t)>250 else 0]
    return f


if __name__ == '__main__':
    rows, design, check, y, rule = load(sys.argv[1])
    X = np.array([features(r) for r in rows], np.float32)
    score = leave_one_set_out(rows, design, X, 1e-3, 3.0, y)
    additions('design sets, each scored by a model trained on the others', design, score, y, rule)
    model = train(X[design], y[design], 1e-3, 3.0)
    additions('the second check, scored once by a model trained on the design sets', check, model(X), y, rule)
