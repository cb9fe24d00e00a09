#include <doctest/doctest.h>

#include "concord/extract/registry.hpp"
#include "support.hpp"

namespace {

// The dates of a text as "text=key; text=key", so a failure prints expected and actual in full.
std::string dates(const std::string& code, const std::string& text) {
  const auto extractors = concord::extract::make_extractors(concord::testing::languages().get(code));
  std::string result;
  for (const auto& d : concord::extract::extract_all(extractors, text).dates) {
    result += (result.empty() ? "" : "; ") + d.text + "=" + concord::extract::date_key(d);
  }
  return result;
}

// The number facts left after the dates took theirs, as "text; text".
std::string numbers(const std::string& code, const std::string& text) {
  const auto extractors = concord::extract::make_extractors(concord::testing::languages().get(code));
  std::string result;
  for (const auto& q : concord::extract::extract_all(extractors, text).quantities) {
    result += (result.empty() ? "" : "; ") + q.text;
  }
  return result;
}

}  // namespace

TEST_CASE("numeric dates in every order") {
  CHECK(dates("uk", "оновлено 21.01.26") == "21.01.26=Y2026 M01 D21");
  CHECK(dates("uk", "оновлено 21.01.2026") == "21.01.2026=Y2026 M01 D21");
  CHECK(dates("en", "dated 2026-01-21") == "2026-01-21=Y2026 M01 D21");
  CHECK(dates("en", "dated 01/21/2026") == "01/21/2026=Y2026 M01 D21");
  CHECK(dates("uk", "від 21/01/2026") == "21/01/2026=Y2026 M01 D21");
  CHECK(dates("en", "dated 21/01/2026") == "21/01/2026=Y2026 M01 D21");  // no 21st month
  CHECK(dates("uk", "у 1998 р. або 12.05.98") == "1998 р.=Y1998; 12.05.98=Y1998 M05 D12");
}

TEST_CASE("Ukrainian months in every case and month adjectives") {
  CHECK(dates("uk", "січень") == "січень=M01");
  CHECK(dates("uk", "до січня") == "січня=M01");
  CHECK(dates("uk", "у січні") == "січні=M01");
  CHECK(dates("uk", "перед січнем") == "січнем=M01");
  CHECK(dates("uk", "на серпневому саміті") == "серпневому=M08");
  CHECK(dates("uk", "після вересневих виборів") == "вересневих=M09");
  CHECK(dates("uk", "у листопаді") == "листопаді=M11");
}

TEST_CASE("ambiguous month names need a number or a context word") {
  CHECK(dates("uk", "лютий звір") == "");
  CHECK(dates("uk", "з лютого") == "лютого=M02");
  CHECK(dates("uk", "24 лютого") == "24 лютого=M02 D24");
  CHECK(dates("en", "You may go.") == "");
  CHECK(dates("en", "May I go?") == "");
  CHECK(dates("en", "in May") == "May=M05");
  CHECK(dates("en", "the march went on") == "");
}

TEST_CASE("English months full and abbreviated and day-month in both orders") {
  CHECK(dates("en", "on January 21") == "January 21=M01 D21");
  CHECK(dates("en", "on 21 January") == "21 January=M01 D21");
  CHECK(dates("en", "on the 21st of January") == "21st of January=M01 D21");
  CHECK(dates("en", "on January 21st, 2026") == "January 21st, 2026=Y2026 M01 D21");
  CHECK(dates("en", "on Jan. 21") == "Jan. 21=M01 D21");
  CHECK(dates("en", "on Sept. 5") == "Sept. 5=M09 D05");
  CHECK(dates("uk", "21-го січня") == "21-го січня=M01 D21");
}

TEST_CASE("weekdays in every case") {
  CHECK(dates("uk", "середа") == "середа=W3");
  CHECK(dates("uk", "у середу") == "середу=W3");
  CHECK(dates("uk", "до середи") == "середи=W3");
  CHECK(dates("uk", "у вівторок") == "вівторок=W2");
  CHECK(dates("uk", "щочетверга") == "щочетверга=W4");
  CHECK(dates("uk", "у п’ятницю") == "п’ятницю=W5");
  CHECK(dates("en", "on Wednesday evening") == "Wednesday=W3");
  CHECK(dates("en", "on Wednesdays") == "Wednesdays=W3");
  CHECK(dates("en", "on Wednesday, January 21") == "Wednesday, January 21=M01 D21 W3");
}

TEST_CASE("years decades and centuries") {
  CHECK(dates("en", "since 2014") == "2014=Y2014");
  CHECK(dates("uk", "з 2014 року") == "2014 року=Y2014");
  CHECK(dates("uk", "з 2014-го") == "2014-го=Y2014");
  CHECK(dates("uk", "у 2014 році") == "2014 році=Y2014");
  CHECK(dates("uk", "у 2011–2019 роках") == "2011–2019 роках=Y2011/Y2019");
  CHECK(dates("en", "in 2011-2019") == "2011-2019=Y2011/Y2019");
  CHECK(dates("en", "in 1986-88") == "1986-88=Y1986/Y1988");
  CHECK(dates("en", "in the 1990s") == "1990s=Y1990s");
  CHECK(dates("uk", "у 1990-ті") == "1990-ті=Y1990s");
  CHECK(dates("uk", "у 90-х") == "90-х=Y1990s");
  CHECK(dates("uk", "XX століття") == "XX століття=C20");
  CHECK(dates("uk", "ХХІ століття") == "ХХІ століття=C21");  // Cyrillic look-alikes
  CHECK(dates("en", "the 20th century") == "20th century=C20");
}

TEST_CASE("times of day in 12-hour and 24-hour forms") {
  CHECK(dates("uk", "о 13:30") == "13:30=T13:30");
  CHECK(dates("en", "at 1:30 p.m.") == "1:30 p.m.=T13:30");
  CHECK(dates("en", "at 1.30pm") == "1.30pm=T13:30");
  CHECK(dates("en", "at 7 p.m. ET") == "7 p.m. ET=T19:00");
  CHECK(dates("en", "at 12 a.m.") == "12 a.m.=T00:00");
  CHECK(dates("uk", "о 19:00 за місцевим часом") == "19:00 за місцевим часом=T19:00");
  // A zone that names a place is the name check's: `за Києвом` / "in Kyiv" compare as names.
  CHECK(dates("uk", "о 19:00 за Києвом") == "19:00=T19:00");
  CHECK(dates("uk", "о 7 вечора") == "7 вечора=T19:00");
  CHECK(dates("uk", "о 14.00") == "14.00=T14:00");
  CHECK(dates("uk", "зріс у 14.50 раза") == "");
}

TEST_CASE("ranges") {
  CHECK(dates("uk", "1–3 березня") == "1–3 березня=M03 D01/M03 D03");
  CHECK(dates("en", "March 1-3") == "March 1-3=M03 D01/M03 D03");
  CHECK(dates("uk", "з 9:00 до 18:00") == "9:00 до 18:00=T09:00/T18:00");
  CHECK(dates("en", "from 1 to 2 pm") == "1 to 2 pm=T13:00/T14:00");
  CHECK(dates("uk", "з 9 до 18") == "");  // no sign it is a time: left to the numbers
  CHECK(dates("uk", "26 та 27 листопада") == "26=M11 D26; 27 листопада=M11 D27");
  CHECK(dates("en", "November 26 and 27") == "November 26=M11 D26; 27=M11 D27");
}

TEST_CASE("relative expressions") {
  CHECK(dates("uk", "минулого місяця") == "минулого місяця=R:last-month");
  CHECK(dates("en", "last month") == "last month=R:last-month");
  CHECK(dates("uk", "цього тижня") == "цього тижня=R:this-week");
  CHECK(dates("uk", "вчора") == "вчора=R:yesterday");
}

TEST_CASE("each fact once: dates claim their digits and counts stay numbers") {
  CHECK(numbers("uk", "з 2014 року") == "");
  CHECK(numbers("en", "on January 21, 2026 at 13:30") == "");
  CHECK(numbers("uk", "3 березня загинули 12 людей") == "12");
  CHECK(numbers("uk", "проживає 2000 людей") == "2000");
  CHECK(dates("uk", "проживає 2000 людей") == "");
  CHECK(dates("uk", "у 2000 році") == "2000 році=Y2000");
  CHECK(dates("en", "in 2000") == "2000=Y2000");
  CHECK(dates("en", "2,014 people and 3.5%") == "");
  CHECK(dates("en", "on April 3 410 bodies") == "April 3=M04 D03");
}

TEST_CASE("forms seen in machine translation and century ranges") {
  CHECK(dates("en", "at 5: 00 p.m.") == "5: 00 p.m.=T17:00");
  CHECK(dates("uk", "у п 'ятницю") == "п 'ятницю=W5");
  CHECK(dates("en", "from mid-March") == "March=M03");
  CHECK(dates("en", "from 9 pm to 6 am") == "9 pm to 6 am=T21:00/T06:00");
  CHECK(dates("en", "of the 16th-19th centuries") == "16th-19th centuries=C16/C19");
  CHECK(dates("en", "of the 16-19th century") == "16-19th century=C16/C19");
  CHECK(dates("uk", "16-19-го сторіч") == "16-19-го сторіч=C16/C19");
  CHECK(dates("uk", "після 17 години") == "17 години=T17:00");
  CHECK(dates("uk", "за 2 години") == "");  // a duration
  CHECK(dates("uk", "фото 20х16") == "");
}

TEST_CASE("a day after a clock time is not the tail of a grouped number") {
  CHECK(dates("uk", "з 21:00 2 квітня") == "21:00=T21:00; 2 квітня=M04 D02");
  CHECK(numbers("uk", "понад 2 000 людей") == "2 000");
}

TEST_CASE("weekday adjectives and a day and month without a year") {
  CHECK(dates("uk", "недільне тренування") == "недільне=W7");
  CHECK(dates("uk", "на суботньому матчі") == "суботньому=W6");
  CHECK(dates("uk", "в понеділок 25.04.") == "понеділок 25.04.=M04 D25 W1");
  CHECK(dates("uk", "зріс на 1.25.") == "");  // a decimal: no 25th month
  CHECK(dates("uk", "коштує 3.50.") == "");   // a decimal: no 50th month
}

TEST_CASE("a range of hours said with an hour word") {
  CHECK(dates("uk", "працює з 9 до 18 години") == "9 до 18 години=T09:00/T18:00");
  CHECK(dates("en", "open from 9 to 11 o'clock") == "9 to 11 o'clock=T09:00/T11:00");
}
