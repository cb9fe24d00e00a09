#include <doctest/doctest.h>

#include <sstream>

#include "concord/extract/registry.hpp"
#include "support.hpp"

namespace {

// What the extractor found, one `text=value unit` or `text=literal ...` per quantity, joined by " ; ".
std::string numbers(const std::string& code, const std::string& text) {
  const auto extractors = concord::extract::make_extractors(concord::testing::languages().get(code));
  std::string result;
  for (const auto& q : concord::extract::extract_all(extractors, text).quantities) {
    std::ostringstream out;
    out.precision(15);
    out << q.text << "=";
    if (q.literal.empty()) {
      out << q.value << q.unit;
    } else {
      out << "literal " << q.literal;
    }
    result += (result.empty() ? "" : " ; ") + out.str();
  }
  return result;
}

}  // namespace

TEST_CASE("each language's decimal and grouping conventions give the same value") {
  CHECK(numbers("uk", "коштує 1 500,5 кг") == "1 500,5=1500.5");
  CHECK(numbers("uk", "коштує 1\u00A0500\u00A0000 осіб") == "1\u00A0500\u00A0000=1500000");
  CHECK(numbers("uk", "коштує 1\u202F500 осіб") == "1\u202F500=1500");
  CHECK(numbers("en", "costs 1,500.5 tonnes") == "1,500.5=1500.5");
  CHECK(numbers("en", "costs 1,500,000") == "1,500,000=1500000");
  CHECK(numbers("uk", "зріс на 3,5%") == "3,5%=3.5%");
  CHECK(numbers("uk", "зріс на 3.5 %") == "3.5 %=3.5%");
  CHECK(numbers("uk", "писали 1,500,000 разів") == "1,500,000=1500000");
  CHECK(numbers("en", "agent 007") == "007=7");
}

TEST_CASE("signs and currency signs and ranges") {
  CHECK(numbers("en", "fell to -3 and cost $5") == "-3=-3 ; $5=5USD");
  CHECK(numbers("en", "10-15 people and 10–15 more") == "10=10 ; 15=15 ; 10=10 ; 15=15");
  CHECK(numbers("uk", "температура +3") == "3=3");
  CHECK(numbers("uk", "ціна 5 €") == "5 €=5EUR");
}

TEST_CASE("magnitudes multiply the number before them") {
  CHECK(numbers("uk", "1,5 млн гривень") == "1,5 млн гривень=1500000UAH");
  CHECK(numbers("uk", "до 15 тис. грн") == "15 тис. грн=15000UAH");
  CHECK(numbers("uk", "понад 20 тис. людей") == "20 тис=20000");
  CHECK(numbers("uk", "3 мільярди") == "3 мільярди=3000000000");
  CHECK(numbers("uk", "півтора мільйона") == "півтора мільйона=1500000");
  CHECK(numbers("en", "$3.5 billion and $5bn and £2m") ==
        "$3.5 billion=3500000000USD ; $5bn=5000000000USD ; £2m=2000000GBP");
  CHECK(numbers("en", "a million people") == "million=1000000");
  CHECK(numbers("en", "5 m long") == "5=5");
  CHECK(numbers("uk", "млн людей").empty());  // an abbreviated magnitude needs its number
}

TEST_CASE("a plural magnitude without a number is an order of magnitude") {
  CHECK(numbers("uk", "тисячі людей") == "тисячі=1000");
  CHECK(numbers("en", "thousands of people") == "thousands=1000");
  CHECK(numbers("uk", "сотні тисяч людей") == "сотні тисяч=100000");
  CHECK(numbers("en", "hundreds of thousands of people") == "hundreds of thousands=100000");
  // `сотні` is also the genitive of `сотня`, one hundred (`Небесної сотні`, the Heavenly Hundred).
  CHECK(numbers("uk", "сотні людей") == "сотні=100");
  CHECK(numbers("en", "hundreds of people") == "hundreds=100");
  CHECK(numbers("en", "for decades") == "decades=10");
  CHECK(numbers("uk", "два десятиліття") == "два десятиліття=20");
  CHECK(numbers("en", "over a decade") == "decade=10");
  CHECK(numbers("en", "one of the five") == "one=1 ; five=5");
}

TEST_CASE("Ukrainian number words in every case and gender") {
  CHECK(numbers("uk", "дві книжки двома руками") == "дві=2 ; двома=2");
  CHECK(numbers("uk", "чотирьох і чотирма") == "чотирьох=4 ; чотирма=4");
  CHECK(numbers("uk", "п'ять пʼяти п’ятьох пятьох") == "п'ять=5 ; пʼяти=5 ; п’ятьох=5 ; пятьох=5");
  CHECK(numbers("uk", "сорока ста") == "сорока=40 ; ста=100");
  CHECK(numbers("uk", "двоє обидва") == "двоє=2 ; обидва=2");
  CHECK(numbers("uk", "сто двадцять п'ять тисяч") == "сто двадцять п'ять тисяч=125000");
  CHECK(numbers("uk", "першого й першій") == "першого=1 ; першій=1");
  CHECK(numbers("uk", "двадцять першого кандидата") == "двадцять першого=21");
  CHECK(numbers("uk", "дев'яносто відсотків") == "дев'яносто відсотків=90%");
}

TEST_CASE("English number words") {
  CHECK(numbers("en", "four and twenty-five") == "four=4 ; twenty-five=25");
  CHECK(numbers("en", "a hundred and a dozen") == "hundred=100 ; dozen=12");
  CHECK(numbers("en", "two hundred and fifty") == "two hundred and fifty=250");
  CHECK(numbers("en", "two three") == "two=2 ; three=3");
  CHECK(numbers("en", "the first and the 21st") == "first=1 ; 21st=21");
  CHECK(numbers("en", "ninety per cent") == "ninety per cent=90%");
  CHECK(numbers("en", "90 percent") == "90 percent=90%");
}

TEST_CASE("compounds and Roman numerals in context") {
  CHECK(numbers("uk", "двогодинну і п'ятирічний і тридцятирічний") ==
        "двогодинну=2 ; п'ятирічний=5 ; тридцятирічний=30");
  CHECK(numbers("uk", "тривалий семінар у столиці").empty());
  CHECK(numbers("uk", "2-годинну") == "2=2");
  CHECK(numbers("en", "a two-hour and 20-point and five-year-old") == "two=2 ; 20=20 ; five=5");
  CHECK(numbers("en", "World War II") == "II=2");
  CHECK(numbers("uk", "IX скликання і XXI сесія") == "IX=9 ; XXI=21");
  CHECK(numbers("en", "Malcolm X and CD").empty());
}

TEST_CASE("addresses and clock times and dotted dates and slashed numbers are not quantities") {
  CHECK(numbers("en", "at 13:30 on 21.01.26, open 24/7").empty());
  CHECK(numbers("en", "see https://example.com/news/2532 or mail me1@example.com").empty());
  CHECK(numbers("en", "from 5 pm or 5.30pm or 4 a.m. or 5: 00").empty());
  CHECK(numbers("uk", "о 4 ранку чи о 6-ій вечора чи о 5.30pm, 24 / 7").empty());
  CHECK(numbers("uk", "5 і 7") == "5=5 ; 7=7");
}

TEST_CASE("identifiers are literals keyed by their digits") {
  CHECK(numbers("en", "Witkoff21 [views_2532]") == "Witkoff21=literal 21 ; views_2532=literal 2532");
  CHECK(numbers("en", "COVID19 and 5G and 4x3") == "COVID19=literal 19 ; 5G=literal 5 ; 4x3=literal 4.3");
}

TEST_CASE("version strings and phone numbers are literals") {
  CHECK(numbers("en", "version 2.3.1") == "2.3.1=literal 2.3.1");
  CHECK(numbers("uk", "телефон +380 44 123 45 67") == "380 44 123 45 67=literal 380.44.123.45.67");
}

TEST_CASE("English groups digits with no-break spaces but not with plain spaces") {
  CHECK(numbers("en", "costs 1\u202F500\u202F000") == "1\u202F500\u202F000=1500000");
  CHECK(numbers("en", "groups of 300 500 people") == "300=300 ; 500=500");
}

TEST_CASE("a half joins the number before it only through its connectors") {
  CHECK(numbers("en", "one and a half billion hryvnias") == "one and a half billion hryvnias=1500000000UAH");
  CHECK(numbers("uk", "два з половиною мільйони") == "два з половиною мільйони=2500000");
  CHECK(numbers("uk", "сто з п'яти") == "сто=100 ; п'яти=5");
  CHECK(numbers("en", "one and a car") == "one=1");
}

TEST_CASE("phone numbers are literals in every language") {
  CHECK(numbers("en", "call 0 800 503 200 now") == "0 800 503 200=literal 0.800.503.200");
  CHECK(numbers("uk", "телефон 0 800 503 200") == "0 800 503 200=literal 0.800.503.200");
  CHECK(numbers("uk", "телефон 044 123 45 67") == "044 123 45 67=literal 044.123.45.67");
  CHECK(numbers("en", "0 people") == "0=0");
}

TEST_CASE("a score with a colon is two numbers like a score with a hyphen") {
  CHECK(numbers("uk", "з рахунком 2:1") == "2=2 ; 1=1");
  CHECK(numbers("en", "beat them 2-1") == "2=2 ; 1=1");
  CHECK(numbers("uk", "о 13:30") == "");
}
