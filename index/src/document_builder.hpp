#pragma once
// Practice → Xapian::Document: terms with positions per section, filter terms, values, data.

#include <xapian.h>

#include <practice/model.hpp>
#include <practice/text/analyzer.hpp>

namespace practice::detail {

/// Builds the document and appends the words that feed spelling suggestions to `spelling`
/// (may be null). Touches no database, so documents can be built on several threads.
Xapian::Document build_document(const Practice& p, const text::Analyzer& analyzer, std::vector<std::string>* spelling);

}  // namespace practice::detail
