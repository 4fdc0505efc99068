"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="notice" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. The error has been logged{error.digest ? ` (reference ${error.digest})` : ""}.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
