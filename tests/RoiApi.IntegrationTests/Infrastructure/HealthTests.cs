using System.Net;

namespace RoiApi.IntegrationTests.Infrastructure;

public sealed class HealthTests(ApiFactory api) : ApiTest(api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_200_without_a_token(string path)
    {
        var response = await Api.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Problem_types_are_served_as_explanations()
    {
        var response = await Api.CreateClient().GetAsync("/problems/authorization-invalid");

        var body = await response.ShouldBeAsync(HttpStatusCode.OK);
        body["status"]!.GetValue<int>().Should().Be(422);
    }
}
