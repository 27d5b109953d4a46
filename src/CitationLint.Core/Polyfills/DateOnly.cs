#if !NET6_0_OR_GREATER
#pragma warning disable CS1591 // mirrors System.DateOnly, documented there
using System.Globalization;

namespace System;

/// <summary>
/// netstandard2.0 (the analyzer) lacks DateOnly: this is the part of it CitationLint uses, with the same names and
/// meaning, so the code reads the same on every target.
/// </summary>
public readonly struct DateOnly : IEquatable<DateOnly>, IComparable<DateOnly>
{
    private readonly int _dayNumber;

    public DateOnly(int year, int month, int day) => _dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay);

    private DateOnly(int dayNumber) => _dayNumber = dayNumber;

    public int DayNumber => _dayNumber;

    public int Year => ToDateTime().Year;

    public int Month => ToDateTime().Month;

    public int Day => ToDateTime().Day;

    public static DateOnly FromDayNumber(int dayNumber) => new(dayNumber);

    public static DateOnly FromDateTime(DateTime dateTime) => new((int)(dateTime.Date.Ticks / TimeSpan.TicksPerDay));

    public DateOnly AddYears(int years) => FromDateTime(ToDateTime().AddYears(years));

    public static DateOnly ParseExact(string text, string format, IFormatProvider? provider) =>
        FromDateTime(DateTime.ParseExact(text, format, provider));

    public static DateOnly Parse(string text, IFormatProvider? provider) => FromDateTime(DateTime.Parse(text, provider));

    public static bool TryParseExact(string? text, string format, IFormatProvider? provider, DateTimeStyles style, out DateOnly date)
    {
        var ok = DateTime.TryParseExact(text, format, provider, style, out var dateTime);
        date = ok ? FromDateTime(dateTime) : default;
        return ok;
    }

    public static bool TryParseExact(ReadOnlySpan<char> text, string format, IFormatProvider? provider, DateTimeStyles style, out DateOnly date) =>
        TryParseExact(text.ToString(), format, provider, style, out date);

    public string ToString(string format, IFormatProvider? provider) => ToDateTime().ToString(format, provider);

    public override string ToString() => ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool Equals(DateOnly other) => _dayNumber == other._dayNumber;

    public override bool Equals(object? obj) => obj is DateOnly other && Equals(other);

    public override int GetHashCode() => _dayNumber;

    public int CompareTo(DateOnly other) => _dayNumber.CompareTo(other._dayNumber);

    public static bool operator ==(DateOnly left, DateOnly right) => left._dayNumber == right._dayNumber;

    public static bool operator !=(DateOnly left, DateOnly right) => left._dayNumber != right._dayNumber;

    public static bool operator <(DateOnly left, DateOnly right) => left._dayNumber < right._dayNumber;

    public static bool operator >(DateOnly left, DateOnly right) => left._dayNumber > right._dayNumber;

    public static bool operator <=(DateOnly left, DateOnly right) => left._dayNumber <= right._dayNumber;

    public static bool operator >=(DateOnly left, DateOnly right) => left._dayNumber >= right._dayNumber;

    private DateTime ToDateTime() => new(_dayNumber * TimeSpan.TicksPerDay);
}
#endif
