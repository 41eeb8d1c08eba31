import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="prose">
      <h1>This page does not exist</h1>
      <p>
        It may have moved or been taken down. Go to the <Link href="/">home page</Link> or <Link href="/contact">write to us</Link>.
      </p>
    </div>
  )
}
