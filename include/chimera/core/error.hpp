#pragma once
// Expected-style results: recoverable failures travel as values that name the input and the fix.
#include <string>
#include <utility>
#include <variant>

namespace chimera {

enum class ErrorCode {
  usage,     // bad flag or argument: exit code 2
  input,     // an input (directory, file) is unusable: exit code 1
  io,        // reading or writing failed
  parse,     // malformed content
  internal,  // a broken invariant
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;  // what went wrong, naming the input
  std::string hint;     // how to fix it; may be empty

  // "message (hint)" or just the message.
  std::string describe() const { return hint.empty() ? message : message + " (" + hint + ")"; }
};

// Holds either a value or an Error. Accessing the wrong alternative is a programming error.
// [[nodiscard]]: a failure cannot be dropped by forgetting to look at it.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// A Result without a value.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() {
  return Unit{};
}

}  // namespace chimera
