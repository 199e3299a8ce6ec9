#include <practice/practice_id.hpp>

#include <cstdint>
#include <cstdio>
#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <practice/error.hpp>
#include <practice/text/normalize.hpp>

namespace practice {
namespace {

std::string transliterate(const std::string& text) {
  thread_local std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Russian-Latin/BGN; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw Error(std::string("ICU transliterator unavailable: ") + u_errorName(status));
    return t;
  }();
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  tr->transliterate(s);
  std::string out;
  return s.toUTF8String(out);
}

std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

std::string derive_id(const Practice& p) {
  std::string slug;
  for (char c : transliterate(p.title)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 48) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  char hash[8];
  std::snprintf(hash, sizeof hash, "%06llx",
                static_cast<unsigned long long>(fnv1a(text::fold(p.effective_region()) + "|" + text::fold(p.title)) & 0xFFFFFFu));
  return (slug.empty() ? std::string("practice") : slug) + "-" + hash;
}

}  // namespace practice
