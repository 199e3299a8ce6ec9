#include <practice/text/normalize.hpp>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <practice/error.hpp>

namespace practice::text {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFKC_Casefold unavailable: ") + u_errorName(status));
  return *n;
}

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFKC unavailable: ") + u_errorName(status));
  return *n;
}

bool is_dash(char16_t c) {
  return c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' || c == u'\u2014' ||
         c == u'\u2015' || c == u'\u2212' || c == u'\uFE63' || c == u'\uFF0D';
}

// The replacements fold() and upper() share after ICU's normalisation.
void unify(icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t c = s.charAt(i);
    if (c == u'ё') s.setCharAt(i, u'е');
    else if (c == u'Ё') s.setCharAt(i, u'Е');
    else if (is_dash(c)) s.setCharAt(i, u'-');
    else if (c == u'\u00A0' || c == u'\u202F') s.setCharAt(i, u' ');
  }
}

// fold() for text of ASCII, the Russian alphabet, «» “”„, dashes and no-break spaces only, the
// common case, without ICU (it was a large part of analysing and of building snippets):
// NFKC_Casefold lower-cases these letters and changes none of the others, then unify() makes
// ё е, dashes '-' and no-break spaces ' '. None of them composes with a neighbour (combining
// marks are not in the set). False, with `out` unspecified, at the first other character.
// With `keep_offsets`, dashes and no-break spaces stay as they are, so every byte keeps its offset.
bool fold_russian(std::string_view s, std::string& out, bool keep_offsets = false) {
  out.resize(s.size());  // never grows: every replacement is at most as long as its source
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto e = static_cast<unsigned char>(s[i + 2]);
      const bool dash = e == 0x93 || e == 0x94;  // en and em dash
      if (dash && !keep_offsets) {
        out[n++] = '-';
      } else if (dash || (e >= 0x9C && e <= 0x9E)) {  // kept dashes, “ ” „: unchanged
        out[n++] = s[i];
        out[n++] = s[i + 1];
        out[n++] = s[i + 2];
      } else {
        return false;
      }
      i += 2;
      continue;
    }
    if (i + 1 >= s.size()) return false;
    const auto d = static_cast<unsigned char>(s[i + 1]);
    char first = static_cast<char>(c), second = static_cast<char>(d);
    if (c == 0xD0 && d >= 0x90 && d <= 0x9F) {  // А-П → а-п
      second = static_cast<char>(d + 0x20);
    } else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) {  // Р-Я → р-я
      first = '\xD1';
      second = static_cast<char>(d - 0x20);
    } else if ((c == 0xD0 && d == 0x81) || (c == 0xD1 && d == 0x91)) {  // Ё, ё → е
      first = '\xD0';
      second = '\xB5';
    } else if (c == 0xC2 && d == 0xA0) {  // no-break space: a space, or kept in place
      if (!keep_offsets) {
        out[n++] = ' ';
        ++i;
        continue;
      }
    } else if (!((c == 0xD0 && d >= 0xB0 && d <= 0xBF) || (c == 0xD1 && d >= 0x80 && d <= 0x8F) ||
                 (c == 0xC2 && (d == 0xAB || d == 0xBB)))) {  // а-я, « »: unchanged
      return false;
    }
    out[n++] = first;
    out[n++] = second;
    ++i;
  }
  out.resize(n);
  return true;
}

}  // namespace

std::string fold(std::string_view utf8) {
  if (std::string fast; fold_russian(utf8, fast)) return fast;
  static const icu::Normalizer2& norm = nfkc_casefold();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = norm.normalize(icu::UnicodeString::fromUTF8(utf8), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU normalisation failed: ") + u_errorName(status));
  unify(out);
  std::string result;
  return out.toUTF8String(result);
}

std::optional<std::string> fold_keeping_offsets(std::string_view utf8) {
  if (std::string fast; fold_russian(utf8, fast, true)) return fast;
  return std::nullopt;
}

std::string upper(std::string_view utf8) {
  static const icu::Normalizer2& norm = nfkc();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = norm.normalize(icu::UnicodeString::fromUTF8(utf8), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU normalisation failed: ") + u_errorName(status));
  out.toUpper(icu::Locale("ru"));
  unify(out);
  std::string result;
  return out.toUTF8String(result);
}

std::string_view trim(std::string_view s) {
  auto is_space_at_front = [](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    const auto c = static_cast<unsigned char>(v[0]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (v.substr(0, 2) == "\xC2\xA0") return 2;                // NBSP
    if (v.substr(0, 3) == "\xEF\xBB\xBF") return 3;            // BOM
    if (v.substr(0, 3) == "\xE2\x80\xAF") return 3;            // narrow NBSP
    return 0;
  };
  auto is_space_at_back = [](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    const auto c = static_cast<unsigned char>(v.back());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (v.size() >= 2 && v.substr(v.size() - 2) == "\xC2\xA0") return 2;
    if (v.size() >= 3 && v.substr(v.size() - 3) == "\xE2\x80\xAF") return 3;
    return 0;
  };
  while (std::size_t n = is_space_at_front(s)) s.remove_prefix(n);
  while (std::size_t n = is_space_at_back(s)) s.remove_suffix(n);
  return s;
}

bool contains_any(std::string_view folded, std::initializer_list<std::string_view> phrases) {
  for (auto p : phrases)
    if (folded.find(p) != std::string_view::npos) return true;
  return false;
}

}  // namespace practice::text
