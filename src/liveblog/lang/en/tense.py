"""English cues for the tense of a clause before a date (see :class:`liveblog.lang.tense.Tense`)."""

from __future__ import annotations

from liveblog.lang.tense import Tense

__all__ = ["TENSE"]

TENSE = Tense(
    # "a warning extended into Saturday morning", "talks run until Friday"
    forward=(
        *("until", "till", "into", "through", "ahead of"),
        # lead9: the date a thing is set, moved or put off to ("the vote was postponed to Tuesday")
        *("postponed to", "moved to", "pushed back to", "delayed to", "brought forward to"),
        *("rescheduled for", "rescheduled to", "set for", "slated for", "adjourned to", "deferred to"),
    ),
    forward_fill=("at least",),
    # "gritters will be out from 19:00"
    will=(
        *("will", "won't", "shall", "'ll", "going to", "set to", "scheduled", "expected to"),
        # "due to" also means "because of" ("the delay was due to its loss in March"): only before
        # an infinitive ("talks are due to resume", "a ceasefire due to begin on Sunday")
        *(
            f"due to {verb}"
            for verb in (
                "be",
                *("begin", "start", "end", "open", "close", "resume", "take", "hold", "meet", "vote"),
                *("arrive", "leave", "return", "visit", "travel", "sign", "launch", "announce"),
                *("expire", "run", "come", "go", "appear", "speak", "testify", "land", "depart"),
            )
        ),
        *("forecast to", "likely to", "plan to", "plans to", "is to", "are to"),
        # en6: a plan reported in the past still points ahead ("planned to leave on Thursday",
        # "would be traveling Thursday"); review6: "as early as", "as soon as" say no tense ("the
        # storm hit as early as Tuesday morning"), the modal before them does
        *("planned to", "planning to", "would be"),
        # lead9: "the results are due on the 5th" ("expects" is not one: a company "expects to report
        # third-quarter results", a quarter gone, cost seven TBAQ values)
        *("is due", "are due"),
    ),
    # lead9: verbs of lasting told in the past: "until", "into" after them stay in the past
    lasted=(
        *("lasted", "continued", "ran", "raged", "remained", "stayed", "persisted", "went on"),
        *("dragged on", "held out", "lingered", "waited", "was held", "were held", "was detained"),
        *("were detained", "was closed", "were closed", "was shut", "were shut", "sat", "worked"),
    ),
    # en6: a possibility ("could come as early as Tuesday"); review6: not "could not be reached",
    # "might have seen", "could've": those tell of the past
    maybe=("could", "might", "should"),  # lead9: "should" ("the count should finish by the weekend")
    maybe_not_next=("not", "have", "'ve", "n't", "never"),
    # "more than a month's rain in two days" is a duration; "talks will resume in two days" a date
    future=(
        *("will", "won't", "shall", "would", "'ll", "going to", "due", "expected", "expect", "expects"),
        *("set to", "scheduled", "plan", "plans", "planned", "aim", "aims", "intend", "intends", "hope"),
        *("hopes", "is to", "are to", "next", "promise", "promised", "threaten", "threatens"),
        # tb8: a change dated by when it applies ("named chairman, effective Feb. 1"; "takes effect")
        *("effective", "take effect", "takes effect"),
    ),
    # tb8: a plan told in the past perfect is one that was ("the offer had been due to expire Friday")
    will_not_after=("had", "had been", "'d been"),
    reported=(
        *("said", "says", "say", "told", "tells", "added", "adds", "announced", "announces"),
        *("according to", "reported", "reports", "stated", "declared", "insisted", "warned"),
    ),
    bare_words=2,
    # "The company bought the plant in March" (said in November: the March just gone)
    past=(
        # (not "said", "told": what is reported keeps its own tense, "he said March would be hard")
        *("was", "were", "had", "did", "ago", "took", "made", "came", "went", "gave"),
        *("rose", "fell", "grew", "began", "won", "lost", "sold", "bought", "paid", "held", "met"),
        *("got", "became", "brought", "spent", "ran", "struck", "fought", "wrote", "spoke", "broke"),
        *("chose", "drove", "flew", "knew", "thought", "sought", "caught", "felt", "kept", "sent"),
        *("built", "stood"),
        # lead8: more irregular pasts of news ("Around 7:15 p.m., the envoy left.")
        *("left", "fled", "led", "shot", "sank", "threw", "swept", "drew", "saw", "heard", "found"),
    ),
    past_ending="ed",
    clause_joins=("and", "but", "while", "whereas", "although", "though", "because"),
    backward=("since",),
    backward_fill=("the", "shortly after", "soon after", "just after", "shortly before", "just before"),
    # "the proposed merger", "a planned strike", "is scheduled", "will be held": not a past
    past_not_after=(
        *("the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"),
        *("these", "those", "is", "are", "be", "been", "being", "am", "will", "so", "still"),
        *("newly", "recently", "long", "well", "much", "widely", "jointly", "closely", "fully"),
    ),
    past_not_prefix=("un",),
    deictic=("next", "last", "this", "past", "coming", "ago", "today", "tomorrow", "yesterday", "later"),
)
