# Build: docker build -t roi-api .   Run: docker run -e Auth__Authority=... -e ConnectionStrings__Roi=... -p 8080:8080 roi-api
# Migrations are not applied at start-up: deploy migrations/roi-api.sql first.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/RoiApi/RoiApi.csproj src/RoiApi/
RUN dotnet restore src/RoiApi/RoiApi.csproj
COPY src/ src/
RUN dotnet publish src/RoiApi/RoiApi.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-liberation2 libfontconfig1 curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "RoiApi.dll"]
