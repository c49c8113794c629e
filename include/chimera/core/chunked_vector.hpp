#pragma once
// A sequence that grows in chunks of doubling size. Appending never moves the elements already in
// it, so references and pointers to them stay valid (as in a std::deque), while each chunk holds
// many elements: libstdc++'s deque allocates one node per element larger than 512 bytes, which
// for the ingest's metric rows meant one allocation and one free per row.
#include <bit>
#include <compare>
#include <cstddef>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace chimera {

template <typename T>
class ChunkedVector {
  // Chunk k holds kFirst << k elements, the first of them element kFirst * (2^k - 1).
  static constexpr std::size_t kFirst = 8;
  static std::size_t chunk_of(std::size_t i) { return std::bit_width(i / kFirst + 1) - 1; }
  static std::size_t start_of(std::size_t k) { return kFirst * ((std::size_t{1} << k) - 1); }
  static std::size_t capacity_of(std::size_t k) { return kFirst << k; }

  template <bool Const>
  class Iter {
    using Owner = std::conditional_t<Const, const ChunkedVector, ChunkedVector>;

   public:
    using iterator_category = std::random_access_iterator_tag;
    using iterator_concept = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using reference = std::conditional_t<Const, const T&, T&>;
    using pointer = std::conditional_t<Const, const T*, T*>;

    Iter() = default;
    Iter(Owner* owner, std::size_t i) : owner_(owner), i_(i) {}
    operator Iter<true>() const { return {owner_, i_}; }  // NOLINT(google-explicit-constructor)

    reference operator*() const { return (*owner_)[i_]; }
    pointer operator->() const { return &(*owner_)[i_]; }
    reference operator[](difference_type n) const { return (*owner_)[offset(n)]; }
    Iter& operator++() { return *this += 1; }
    Iter operator++(int) {
      Iter old = *this;
      ++*this;
      return old;
    }
    Iter& operator--() { return *this -= 1; }
    Iter operator--(int) {
      Iter old = *this;
      --*this;
      return old;
    }
    Iter& operator+=(difference_type n) {
      i_ = offset(n);
      return *this;
    }
    Iter& operator-=(difference_type n) { return *this += -n; }
    friend Iter operator+(Iter it, difference_type n) { return it += n; }
    friend Iter operator+(difference_type n, Iter it) { return it += n; }
    friend Iter operator-(Iter it, difference_type n) { return it -= n; }
    friend difference_type operator-(const Iter& a, const Iter& b) {
      return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
    }
    friend bool operator==(const Iter& a, const Iter& b) { return a.i_ == b.i_; }
    friend auto operator<=>(const Iter& a, const Iter& b) { return a.i_ <=> b.i_; }

   private:
    std::size_t offset(difference_type n) const {
      return static_cast<std::size_t>(static_cast<difference_type>(i_) + n);
    }
    Owner* owner_ = nullptr;
    std::size_t i_ = 0;
  };

 public:
  using value_type = T;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = T&;
  using const_reference = const T&;
  using iterator = Iter<false>;
  using const_iterator = Iter<true>;
  using reverse_iterator = std::reverse_iterator<iterator>;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;

  ChunkedVector() = default;
  ChunkedVector(const ChunkedVector& other) {
    for (const T& v : other) emplace_back(v);
  }
  ChunkedVector(ChunkedVector&& other) noexcept
      : chunks_(std::move(other.chunks_)), size_(std::exchange(other.size_, 0)) {
    other.chunks_.clear();
  }
  ChunkedVector& operator=(const ChunkedVector& other) {
    if (this != &other) {
      ChunkedVector copy(other);
      swap(copy);
    }
    return *this;
  }
  ChunkedVector& operator=(ChunkedVector&& other) noexcept {
    if (this != &other) {
      ChunkedVector gone(std::move(other));
      swap(gone);
    }
    return *this;
  }
  ~ChunkedVector() { release(); }

  void swap(ChunkedVector& other) noexcept {
    chunks_.swap(other.chunks_);
    std::swap(size_, other.size_);
  }

  template <typename... Args>
  T& emplace_back(Args&&... args) {
    if (size_ == start_of(chunks_.size()))
      chunks_.push_back(std::allocator<T>().allocate(capacity_of(chunks_.size())));
    T* at = slot(size_);
    std::construct_at(at, std::forward<Args>(args)...);
    ++size_;
    return *at;
  }
  void push_back(const T& v) { emplace_back(v); }
  void push_back(T&& v) { emplace_back(std::move(v)); }
  void pop_back() {
    std::destroy_at(slot(size_ - 1));
    --size_;
  }
  void clear() { release(); }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) { return *slot(i); }
  const T& operator[](std::size_t i) const { return *slot(i); }
  T& front() { return (*this)[0]; }
  const T& front() const { return (*this)[0]; }
  T& back() { return (*this)[size_ - 1]; }
  const T& back() const { return (*this)[size_ - 1]; }

  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }
  const_iterator cbegin() const { return begin(); }
  const_iterator cend() const { return end(); }
  reverse_iterator rbegin() { return reverse_iterator(end()); }
  reverse_iterator rend() { return reverse_iterator(begin()); }
  const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }

 private:
  T* slot(std::size_t i) const {
    const std::size_t k = chunk_of(i);
    return chunks_[k] + (i - start_of(k));
  }
  void release() {
    for (std::size_t i = size_; i-- > 0;) std::destroy_at(slot(i));
    for (std::size_t k = 0; k < chunks_.size(); ++k)
      std::allocator<T>().deallocate(chunks_[k], capacity_of(k));
    chunks_.clear();
    size_ = 0;
  }

  std::vector<T*> chunks_;
  std::size_t size_ = 0;
};

}  // namespace chimera
