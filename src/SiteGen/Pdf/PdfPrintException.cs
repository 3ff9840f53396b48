namespace SiteGen.Pdf;

/// <summary>Printing failed (browser would not start, a page did not load or print in time); the message names the page and the step, for the user.</summary>
internal class PdfPrintException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public PdfPrintException(string message) : base(message) { }

    /// <summary>Creates the exception with a user-facing message and the lower-level cause.</summary>
    public PdfPrintException(string message, Exception inner) : base(message, inner) { }
}
