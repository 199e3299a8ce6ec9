#pragma once
// Practice → Xapian::Document: terms with positions per section, filter terms, values, data.

#include <xapian.h>

#include <practice/model.hpp>
#include <practice/text/analyzer.hpp>

namespace practice::detail {

/// Builds the document and feeds spelling words to `db` (may be null).
Xapian::Document build_document(const Practice& p, const text::Analyzer& analyzer, Xapian::WritableDatabase* db);

/// Categories (taxonomy ids, with ancestors) of a practice's target groups.
std::vector<std::string> practice_categories(const Practice& p);

}  // namespace practice::detail
