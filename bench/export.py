"""Benchmark: export a 10,000-event timeline to every format; print time and peak memory.

Run: ``python bench/export.py [--events N] [--repeat R]``. The timeline is synthetic but
shaped like the seed: Arabic posts a minute or more apart, each with dated mentions of
every grain (day, part of day, hour, month). Peak memory is what tracemalloc saw Python
allocate during the export (the text itself included), best of R runs for time.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from liveblog.export import FORMATS, export_timeline
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Span, Timeline, When

ZONE = ZoneInfo("Asia/Damascus")
TITLE = "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟"
TEXT = (
    "بدت قوات النظام في وضع صعب للغاية، بعد أن كُسرت خطوطها الدفاعية، ما أثار تساؤلات عن أسباب "
    'وخلفيات المشهد; وقال المتحدث: "نعلن عن تحرير ريف حلب الغربي"، مساء الخميس.'
)


def synthetic_timeline(n_events: int) -> Timeline:
    """A timeline with ``n_events`` events: one entry event and three mentions per post."""
    start = datetime(2024, 11, 1, 6, 0, tzinfo=ZONE)
    entries, events = [], []
    for i in range(n_events // 4):
        at = start + timedelta(minutes=7 * i)
        when = When.at_minute(at)
        pid = f"p-{i:05d}"
        span = Span(i * 300, i * 300 + 5)
        entries.append(Entry(pid, EntryKind.POST, at.strftime("%H:%M"), when, TITLE, TEXT, span))
        day = When.on_day(at - timedelta(days=1))
        evening_start = day.start + timedelta(hours=18)
        evening = When(
            evening_start,
            evening_start + timedelta(hours=6),
            Grain.PART_OF_DAY,
            f"{day.timex}TEV",
            part="evening",
        )
        month = When(
            datetime(2020, 3, 1, tzinfo=ZONE), datetime(2020, 4, 1, tzinfo=ZONE), Grain.MONTH, "2020-03"
        )
        marker = at.strftime("%H:%M")
        events.append(Event(pid, EventKind.ENTRY, when, TEXT, pid, marker, span, "marker-clock", (pid,)))
        said = ((day, "والخميس"), (evening, "مساء الخميس"), (month, "في آذار /مارس عام 2020"))
        for j, (w, words) in enumerate(said):
            events.append(
                Event(
                    f"{pid}-m{j}",
                    EventKind.MENTION,
                    w,
                    TEXT,
                    pid,
                    words,
                    Span(i * 300 + 20 * j, i * 300 + 20 * j + len(words)),
                    "bench",
                    (pid,),
                )
            )
    events.sort(key=lambda e: (e.when.start, e.when.end, e.id))
    return Timeline(
        start + timedelta(days=30),
        "Asia/Damascus",
        "ar",
        entries,
        events,
        title="المعارضة تدخل مدينة حلب",
        source="https://example.org/live/aleppo",
    )


def measure(timeline: Timeline, fmt: str, repeat: int) -> tuple[float, float, int]:
    """Best time (s), peak traced memory (MiB) and output size (bytes) of exporting to ``fmt``."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        began = time.perf_counter()
        export_timeline(timeline, fmt)
        best = min(best, time.perf_counter() - began)
    gc.collect()
    tracemalloc.start()
    text = export_timeline(timeline, fmt)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak / 2**20, len(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    timeline = synthetic_timeline(args.events)
    print(f"{len(timeline.events)} events, {len(timeline.entries)} entries")
    print(f"{'format':<8}{'time (s)':>10}{'peak MiB':>10}{'output MiB':>12}")
    for fmt in FORMATS:
        seconds, peak, size = measure(timeline, fmt, args.repeat)
        print(f"{fmt:<8}{seconds:>10.3f}{peak:>10.1f}{size / 2**20:>12.2f}")


if __name__ == "__main__":
    main()
