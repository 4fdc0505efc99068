export function DemoBanner({ workspaceName }: { workspaceName: string }) {
  return (
    <div className="demo-banner" role="note" aria-label="Demo data">
      <div className="container">
        <p>
          <strong>Demo data.</strong> {workspaceName} is a fictional government. Every institution, indicator value and comment in this
          workspace is invented for demonstration.
        </p>
      </div>
    </div>
  );
}
