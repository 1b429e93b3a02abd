"""A date as written, without what is written around its day: an RFC 2822 moment, an ordinal, a time
with its zone (and its zone's id, `zone_ids`), an asctime's words, an English month first, a weekday
before it or a time of day after it.

`textparse.parse_date` asks it of every date not written in digits and separators alone, then reads the
day that is left; each shape is taken apart by its own module, in this order.
"""

from __future__ import annotations

from hub.adapters.mapping.danish_dates import leading_weekday, without_time_of_day
from hub.adapters.mapping.date_refusals import no_such_day, unknown_zone, wrong_weekday, zones_disagree
from hub.adapters.mapping.english_months import month_first
from hub.adapters.mapping.go_times import offset_time
from hub.adapters.mapping.machine_dates import UnknownZone, asctime_day, xml_schema_day, zoned_date
from hub.adapters.mapping.mail_dates import NoSuchDay, mail_moment, without_ordinal
from hub.adapters.mapping.zone_ids import without_zone_id
from hub.adapters.mapping.zone_offsets import ZonesDisagree


def unwritten(text: str, stripped: str) -> tuple[str, int | None]:
    """A date (`stripped`, as `text` was written) without what is written around its day: an RFC 2822
    moment, an ordinal, a time with its zone, an asctime's words, an English month first, a weekday
    before it or a time of day after it; and the weekday it named (None: none)."""
    try:
        # RFC 2822's and `date`'s: the instant they name, their weekday the day's as written
        moment = mail_moment(stripped) or zoned_date(stripped)
        if moment is not None:
            if moment.weekday is not None and moment.weekday != moment.written.weekday():
                raise wrong_weekday(text, moment.written)
            stripped = moment.moment
        clean, weekday = leading_weekday(
            month_first(asctime_day(xml_schema_day(offset_time(without_zone_id(without_ordinal(stripped))))))
        )
    except NoSuchDay as impossible:
        raise no_such_day(text, *impossible.args) from None
    except UnknownZone as unknown:
        raise unknown_zone(text, unknown.zone) from None
    except ZonesDisagree as zones:
        raise zones_disagree(text, zones.first, zones.second) from None
    return without_time_of_day(clean), weekday
