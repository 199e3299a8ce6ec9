#include <practice/text/analyzer.hpp>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <practice/error.hpp>
#include <practice/text/normalize.hpp>

#include "lexicon.hpp"

namespace practice::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

StemmerPtr make_stemmer(const char* language) {
  StemmerPtr s(sb_stemmer_new(language, "UTF_8"));
  if (!s) throw Error(std::string("Snowball stemmer unavailable: ") + language);
  return s;
}

bool is_hyphen(char16_t c) {
  return c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' ||
         c == u'\u2212';
}

// A word-like segment found by ICU, in UTF-16 units of the whole text.
struct Segment {
  int32_t start, end;
  bool number;
};

int utf8_length(UChar32 c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

bool has_latin(std::string_view folded) {
  for (unsigned char c : folded)
    if ((c >= 'a' && c <= 'z')) return true;
  return false;
}

}  // namespace

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  StemmerPtr russian = make_stemmer("russian");
  StemmerPtr english = make_stemmer("english");
  const detail::Lexicon& lexicon = detail::russian_lexicon();

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale("ru"), status));
    if (U_FAILURE(status)) throw Error(std::string("ICU word breaker unavailable: ") + u_errorName(status));
  }

  std::string stem_with(sb_stemmer* stemmer, const std::string& word) const {
    const sb_symbol* s =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (!s) throw Error("Snowball stemmer out of memory");
    return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
  }

  std::string stem(const std::string& folded) const {
    return stem_with(has_latin(folded) ? english.get() : russian.get(), folded);
  }

  // Term and kind for one segment; `original` is the segment as written.
  Token make_token(const icu::UnicodeString& original, bool number) const {
    Token t;
    std::string raw;
    original.toUTF8String(raw);
    t.word = fold(raw);
    if (number) {
      t.kind = TokenKind::number;
      t.term = t.word;
      return t;
    }
    if (auto it = lexicon.abbreviations.find(t.word); it != lexicon.abbreviations.end()) {
      std::string capitals = upper(raw);
      const bool written_in_capitals = capitals == raw && original.length() > 1;
      if (!it->second || written_in_capitals) {
        t.kind = TokenKind::abbreviation;
        t.term = std::move(capitals);
        return t;
      }
    }
    if (lexicon.stopwords.count(t.word)) {
      t.kind = TokenKind::stop;
      t.term = t.word;
      return t;
    }
    t.term = stem(t.word);
    return t;
  }
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer Analyzer::russian() { return Analyzer(std::make_unique<Impl>()); }
Analyzer::Analyzer(const Analyzer&) : impl_(std::make_unique<Impl>()) {}
Analyzer& Analyzer::operator=(const Analyzer&) {
  impl_ = std::make_unique<Impl>();
  return *this;
}
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;
Analyzer::~Analyzer() = default;

std::string Analyzer::stem(std::string_view folded_word) const { return impl_->stem(std::string(folded_word)); }

std::vector<Token> Analyzer::analyze(std::string_view utf8, std::uint32_t first_position) const {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  icu::BreakIterator& it = *impl_->words;
  it.setText(text);

  std::vector<Segment> segments;
  for (int32_t start = it.first(), end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    const int32_t status = it.getRuleStatus();
    if (status >= UBRK_WORD_NONE_LIMIT)
      segments.push_back({start, end, status < UBRK_WORD_NUMBER_LIMIT});
  }

  // UTF-16 index → byte offset, walked forward once since segments are in order.
  int32_t u16 = 0;
  std::size_t byte = 0;
  auto byte_offset = [&](int32_t target) {
    while (u16 < target) {
      const UChar32 c = text.char32At(u16);
      byte += static_cast<std::size_t>(utf8_length(c));
      u16 += U16_LENGTH(c);
    }
    return byte;
  };

  std::vector<Token> tokens;
  tokens.reserve(segments.size() + 4);
  std::uint32_t position = first_position;
  for (std::size_t i = 0; i < segments.size();) {
    // A run of segments joined by single hyphens: дети-инвалиды, 2024-й.
    std::size_t j = i + 1;
    while (j < segments.size() && segments[j].start == segments[j - 1].end + 1 &&
           is_hyphen(text.charAt(segments[j - 1].end)))
      ++j;

    bool any_number = false;
    for (std::size_t k = i; k < j; ++k) any_number = any_number || segments[k].number;
    std::size_t next = j;
    if (any_number) {
      // Numbers never form compounds: 2019-2024 is two numbers; 2024-й and 5-ти keep the
      // number and drop the ordinal suffix.
      const bool ordinal = j - i == 2 && segments[i].number && !segments[i + 1].number &&
                           segments[i + 1].end - segments[i + 1].start <= 3;
      j = i + 1;
      next = ordinal ? i + 2 : i + 1;
    }

    const std::size_t first_token = tokens.size();
    for (std::size_t k = i; k < j; ++k) {
      const Segment& s = segments[k];
      Token t = impl_->make_token(text.tempSubStringBetween(s.start, s.end), s.number);
      t.begin = byte_offset(s.start);
      t.end = byte_offset(s.end);
      t.position = position++;
      tokens.push_back(std::move(t));
    }
    if (j - i >= 2) {
      Token compound;
      compound.kind = TokenKind::compound;
      compound.begin = tokens[first_token].begin;
      compound.end = tokens.back().end;
      compound.position = tokens[first_token].position;
      compound.position_length = static_cast<std::uint32_t>(j - i);
      bool content = false;
      for (std::size_t k = first_token; k < tokens.size(); ++k) {
        if (k > first_token) {
          compound.term += '-';
          compound.word += '-';
        }
        compound.term += tokens[k].term;
        compound.word += tokens[k].word;
        content = content || tokens[k].kind != TokenKind::stop;
      }
      if (content) tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(first_token) + 1, std::move(compound));
    }
    i = next;
  }
  return tokens;
}

}  // namespace practice::text
