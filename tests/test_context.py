"""Words before a date that change it: "until" and «حتى» point forward; "in two days" may be a duration."""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve

REF = "2021-02-19T19:41+00:00"  # a Friday evening in London (GMT)

# (running text, dated words expected, timex expected) — worked out from the Friday reference
CASES = [
    # forward: the next such day, not the last one
    ("Met Office extends amber warning for rain into Saturday morning", "Saturday morning", "2021-02-20TMO"),
    ("The curfew stays in place until Monday", "Monday", "2021-02-22"),
    ("حذرت الأرصاد من استمرار العاصفة حتى صباح الثلاثاء", "صباح الثلاثاء", "2021-02-23TMO"),
    ("يستمر الإغلاق لغاية الأحد", "الأحد", "2021-02-21"),
    ("Rail services are suspended until at least Saturday", "Saturday", "2021-02-20"),
    ("Gritters will be out from 20:30", "20:30", "2021-02-19T20:30"),
    ("من المقرر أن تستأنف المحادثات الأحد", "الأحد", "2021-02-21"),
    # a month that needs a cue takes the forward word as its cue (7 Rajab 1442 today; ICU umalqura)
    ("يستمر الحظر حتى آب", "آب", "2021-08"),
    ("تستمر الهدنة حتى رمضان", "رمضان", "2021-04-13/2021-05-12"),
    # the same words without a forward preposition keep the past preference
    ("Rain fell heavily on Saturday morning", "Saturday morning", "2021-02-13TMO"),
    ("أعلنت الوزارة صباح الثلاثاء", "صباح الثلاثاء", "2021-02-16TMO"),
    ("Gritters were out from 20:30", "20:30", "2021-02-18T20:30"),
    # "until" a day already under way is that day
    ("The ban runs until Friday", "Friday", "2021-02-19"),
    # "in N units" with a future cue is a date
    ("Talks will resume in two days, officials said", "in two days", "2021-02-21"),
    ("The ferry is due in 30 minutes", "in 30 minutes", "2021-02-19T20:11:00"),
    # «بعد N» after a future word or a verb in the imperfect is a date (Friday + 2 days = Sunday)
    ("سيعقد الاجتماع بعد يومين", "بعد يومين", "2021-02-21"),
    ("قال إن الانتخابات ستجرى بعد أسبوعين", "بعد أسبوعين", "2021-03-05"),  # about 5 March 2021 (issue 14)
    ("تنتهي الهدنة بعد ثلاثة أيام", "بعد ثلاثة أيام", "2021-02-22"),
    ("يصل الوفد إلى القاهرة بعد ساعتين", "بعد ساعتين", "2021-02-19T21:41:00"),  # 19:41 + 2 h
    ("من المقرر أن تبدأ المحادثات بعد يومين", "بعد يومين", "2021-02-21"),
    # the Arabic future (سـ on a verb, «لن», «المقبل») points a date forward, as "will" does
    ("ستعقد القمة يوم الأحد", "يوم الأحد", "2021-02-21"),
    ("مِنَ المُقَرَّرِ أن تُعقد القمة يوم الأحد", "يوم الأحد", "2021-02-21"),  # fully vowelled
    ("وسيصل الوفد الخميس", "الخميس", "2021-02-25"),
    ("قالت الوزارة إنها ستعقد الاجتماع الأحد", "الأحد", "2021-02-21"),  # the future after «قالت … إن»
    ("ستحاول الحكومة أن تعقد الاجتماع الأحد", "الأحد", "2021-02-21"),  # «أن» after no verb of saying
    # midnight labelled 20 Feb runs 19 Feb 23:00 - 20 Feb 01:00; the 19th's was over at 19:41
    ("سيبدأ حظر التجول عند منتصف الليل", "منتصف الليل", "2021-02-20TNI"),
    ("The curfew will start at midnight", "midnight", "2021-02-20T00:00"),  # the hour (issue 14)
    # words that only look like that future are not: «سيارة» (a car), «سيطرت» (took control)
    ("دمرت غارة سيارة مساء الخميس", "مساء الخميس", "2021-02-18TEV"),
    ("سيطرت الفصائل على المدينة مساء الخميس", "مساء الخميس", "2021-02-18TEV"),
    ("عقدت القمة يوم الأحد", "يوم الأحد", "2021-02-14"),
    # past verbs, names and nouns shaped like a سـ-future are no cue (Friday 19 Feb: Wednesday is the 17th)
    ("سيطر الجيش على المدينة يوم الأربعاء", "يوم الأربعاء", "2021-02-17"),  # «سيطر» took control
    ("سيرت القوات دوريات يوم الأربعاء", "يوم الأربعاء", "2021-02-17"),  # «سيّرت» sent out
    ("اجتمع سيناتور أمريكي مع الرئيس يوم الأربعاء", "يوم الأربعاء", "2021-02-17"),
    ("قال ستارمر إن الهجوم وقع يوم الأربعاء", "يوم الأربعاء", "2021-02-17"),
    ("زار الرئيس سنغافورة في أكتوبر", "أكتوبر", "2020-10"),
    ("لن ننسى ما حدث يوم الأربعاء", "يوم الأربعاء", "2021-02-17"),  # «لن» governs "forget", not the day
]


@pytest.mark.parametrize(("text", "words", "timex"), CASES)
def test_dates_in_context(text: str, words: str, timex: str) -> None:
    """The date found in running text reads its clause's direction."""
    (found,) = find_times(text, REF)
    assert found.text == words
    assert found.when.timex == timex


@pytest.mark.parametrize(
    "text",
    [
        "The storm brought more than a month's rain to the Pennines in two days",
        "Prices doubled in three weeks, traders said",
        "Police arrested 40 people in two hours",
    ],
)
def test_in_n_units_after_a_past_verb_is_a_duration(text: str) -> None:
    """'in two days' after a past verb says how long, not when: no date."""
    assert find_times(text, REF) == []


@pytest.mark.parametrize(
    "text",
    [
        "عاد الصحفي إلى منزله بعد ساعتين",  # he came back two hours later
        "أفرج عنه بعد ثلاثة أيام",  # he was released three days later
        "وصلت التعزيزات بعد يومين",
        "تم نقل الجرحى بعد ساعتين",  # «تم» and «نقل» are past, though shaped like the imperfect
        "قالت سيدة إنها عادت بعد ساعتين",  # «سيدة» (a woman) is no future verb
        "وصلت سيارات الإسعاف بعد ساعتين",
    ],
)
def test_arabic_after_n_units_in_past_narration_is_no_date(text: str) -> None:
    """«بعد ساعتين» after a verb in the past counts from the story's moment, not from now: no date."""
    assert find_times(text, REF) == []


@pytest.mark.parametrize(
    ("words", "timex"),
    [("in two days", "2021-02-21"), ("in 2 hours", "2021-02-19T21:41:00"), ("بعد يومين", "2021-02-21")],
)
def test_a_bare_expression_keeps_its_future_reading(words: str, timex: str) -> None:
    """Given alone (no clause before it), "in N units" is still the future point."""
    when = resolve(words, REF)
    assert when is not None
    assert when.timex == timex
