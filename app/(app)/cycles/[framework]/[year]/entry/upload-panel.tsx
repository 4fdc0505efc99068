// Placeholder until the bulk upload panel lands (issue 4); replaced by its implementation.
export function UploadPanel(props: { frameworkCode: string; year: number }) {
  return <p className="muted">Bulk upload of {props.frameworkCode} {props.year} values is not available yet.</p>;
}
