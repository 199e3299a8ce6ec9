#pragma once
/// @file error.hpp
/// The exception hierarchy: every error the library throws derives from practice::Error.

#include <cstddef>
#include <stdexcept>
#include <string>

namespace practice {

/// Root of the library's exceptions (a std::runtime_error, unlike Xapian's root).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A caller passed something unusable: an empty query, an unknown field, a bad profile.
class InvalidArgument : public Error {
 public:
  using Error::Error;
};

/// Input text or JSON could not be read. Carries where: file, line (1-based, 0 if unknown),
/// byte offset (for encoding errors) and section.
class ParseError : public Error {
 public:
  ParseError(std::string file, std::size_t line, std::string message, std::string section = {});
  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }
  const std::string& section() const noexcept { return section_; }
  /// The message without the "file:line: " prefix.
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string file_;
  std::size_t line_;
  std::string section_;
  std::string reason_;
};

/// No practice with the given id.
class NotFound : public Error {
 public:
  explicit NotFound(const std::string& id);
  const std::string& id() const noexcept { return id_; }

 private:
  std::string id_;
};

/// A bank cannot be opened, is locked by a writer, or is damaged.
class BankError : public Error {
 public:
  using Error::Error;
};

/// A bank was built by another format or analyzer version.
class IncompatibleBank : public BankError {
 public:
  using BankError::BankError;
};

}  // namespace practice
