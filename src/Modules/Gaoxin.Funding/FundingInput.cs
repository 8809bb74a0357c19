using Gaoxin.Data.Http;

namespace Gaoxin.Funding;

/// <summary>For pages, which call the services directly: the same contract and annotations the API checks (<see cref="RequestValidation"/>), refused the same way.</summary>
internal static class FundingInput
{
    public static void Validate<T>(T input) where T : class => RequestValidation.ThrowIfInvalid(input);
}
